"""OpenSCAD Customizer designs: annotations read as parameter declarations, renders through OpenSCAD.

A `.scad` file is code. It is never evaluated here: Python only reads its comments and literals, and
geometry comes from the OpenSCAD program, run in a throw-away copy of the design's folder.
"""
