<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BedView3D</name>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="114"/>
        <source>3D view</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="125"/>
        <source>The parts appear here once every check passes.</source>
        <translation>Las piezas aparecen aquí cuando pasan todas las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="126"/>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="165"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="172"/>
        <source>Search designs: title, tags, author…</source>
        <translation>Buscar título, etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="176"/>
        <source>Fits bed (mm)</source>
        <translation>Cabe en la cama (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="178"/>
        <source>Any bed size</source>
        <translation>Cualquier cama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="187"/>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="197"/>
        <location filename="../../ui/screens/catalogue.py" line="346"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="198"/>
        <location filename="../../ui/screens/catalogue.py" line="347"/>
        <source>All licences</source>
        <translation>Todas las licencias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="221"/>
        <source>Choose a design to see its licence, author and files.</source>
        <translation>Elija un diseño para ver su licencia, su autor y sus archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="234"/>
        <source>No designs yet</source>
        <translation>Todavía no hay diseños</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="235"/>
        <source>The catalogue holds the frame styles and other designs this lab can print, with their licences.</source>
        <translation>El catálogo contiene los estilos de montura y los demás diseños que este taller puede imprimir, con sus licencias.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="236"/>
        <source>Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area.</source>
        <translation>Importe archivos STL/3MF o un zip de diseños, o traiga un catálogo en una memoria USB desde la pantalla Sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="239"/>
        <source>No design matches</source>
        <translation>Ningún diseño coincide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="240"/>
        <source>Nothing in the catalogue matches these words and filters.</source>
        <translation>Nada del catálogo coincide con estas palabras y filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="241"/>
        <source>Clear the search box or choose “All categories” and “All licences”.</source>
        <translation>Vacíe el cuadro de búsqueda o elija «Todas las categorías» y «Todas las licencias».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="298"/>
        <source>Loading the catalogue</source>
        <translation>Cargando el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="320"/>
        <source>Loading thumbnails</source>
        <translation>Cargando las miniaturas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="333"/>
        <source>{count} designs</source>
        <translation>{count} diseños</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="389"/>
        <source>Loading the design</source>
        <translation>Cargando el diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="398"/>
        <source>Bundled with Heliofab</source>
        <translation>Incluido con Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="399"/>
        <source>Made or imported in this lab</source>
        <translation>Creado o importado en este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="400"/>
        <source>From a trusted lab</source>
        <translation>De un taller de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="401"/>
        <source>From a lab you have not trusted yet</source>
        <translation>De un taller aún no marcado como de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="402"/>
        <source>Unsigned: origin unknown</source>
        <translation>Sin firma: origen desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Credit</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="406"/>
        <source>Not for sale without checking: the licence restricts commercial use or is unknown.</source>
        <translation>No vender sin comprobar: la licencia restringe el uso comercial o es desconocida.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="426"/>
        <source>Import designs</source>
        <translation>Importar diseños</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="426"/>
        <source>Designs (*.stl *.3mf *.zip)</source>
        <translation>Diseños (*.stl *.3mf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="437"/>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="441"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflict} kept as they were.</source>
        <translation>{new} nuevos, {updated} actualizados, {unchanged} sin cambios, {conflict} conservados como estaban.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="444"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>CustomizerScreen</name>
    <message>
        <location filename="../../ui/screens/customizer.py" line="73"/>
        <source>Customizer</source>
        <translation>Personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="95"/>
        <source> (child)</source>
        <translation> (niño)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="97"/>
        <source>Fit bridge to PD</source>
        <translation>Ajustar el puente a la DP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="98"/>
        <source>Set the bridge so the lens centres sit exactly on the pupils.</source>
        <translation>Ajusta el puente para que el centro de las lentes quede justo sobre las pupilas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="99"/>
        <source>Reset to style defaults</source>
        <translation>Volver a los valores del estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="100"/>
        <source>Frame style:</source>
        <translation>Estilo de montura:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="118"/>
        <source>Front and temple</source>
        <translation>Frente y varilla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="119"/>
        <source>Print bed (3D)</source>
        <translation>Cama de impresión (3D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="120"/>
        <source>Actual size on screen (when it fits)</source>
        <translation>Tamaño real en pantalla (si cabe)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="129"/>
        <source>Write parts…</source>
        <translation>Guardar las piezas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="130"/>
        <source>Paper template…</source>
        <translation>Plantilla de papel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="131"/>
        <source>Save parameter set…</source>
        <translation>Guardar parámetros…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="132"/>
        <source>Load parameter set…</source>
        <translation>Cargar parámetros…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="133"/>
        <source>Save as fit</source>
        <translation>Guardar como ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="134"/>
        <source>Available once customers and fits are set up.</source>
        <translation>Disponible cuando haya clientes y ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="135"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Laminar y poner en cola…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="137"/>
        <location filename="../../ui/screens/customizer.py" line="428"/>
        <source>Slice the saved fit and put it in the print queue for its customer.</source>
        <translation>Lamina el ajuste guardado y lo pone en la cola de impresión para su cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="140"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Estas monturas se venden (no son un regalo ni para uso personal)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="212"/>
        <source>Saved as fit #{id}: slice it and queue it for the customer.</source>
        <translation>Guardado como ajuste n.º {id}: lamínelo y póngalo en la cola para el cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="309"/>
        <source>No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: change the lens width.</source>
        <translation>Ningún puente entre {lo:g} y {hi:g} mm coloca estas lentes sobre las pupilas: cambie el ancho de la lente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="345"/>
        <source>Style thumbnails</source>
        <translation>Miniaturas de estilos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="369"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="385"/>
        <source>Cannot build this frame: {error}</source>
        <translation>No se puede construir esta montura: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="394"/>
        <source>, about {g:.1f} g</source>
        <translation>, unos {g:.1f} g</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="396"/>
        <source>{marking}: frame PD {pd:g} mm = lens {a:g} + bridge {dbl:g} mm · width {w:g} mm · splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}</source>
        <translation>{marking}: DP de montura {pd:g} mm = lente {a:g} + puente {dbl:g} mm · ancho {w:g} mm · apertura D {sr:g}° / I {sl:g}° · varilla {t:g} mm{grams}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="429"/>
        <source>Save as fit first.</source>
        <translation>Guarde primero como ajuste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="453"/>
        <source>Writing frame parts</source>
        <translation>Guardando las piezas de la montura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="454"/>
        <source>Wrote {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="473"/>
        <source>Writing paper template</source>
        <translation>Guardando la plantilla de papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="475"/>
        <source>Saved {path}: print at 100 % and check the card outline.</source>
        <translation>{path} guardado: imprima al 100 % y compruebe el contorno de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="489"/>
        <source>Saving parameter set</source>
        <translation>Guardando los parámetros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="490"/>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="505"/>
        <source>Loading parameter set</source>
        <translation>Cargando los parámetros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="511"/>
        <source>Folder for the frame parts</source>
        <translation>Carpeta para las piezas de la montura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="516"/>
        <source>Save paper template</source>
        <translation>Guardar la plantilla de papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="517"/>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="522"/>
        <source>Save OpenSCAD parameter set</source>
        <translation>Guardar parámetros de OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="523"/>
        <location filename="../../ui/screens/customizer.py" line="529"/>
        <source>Parameter sets (*.json)</source>
        <translation>Conjuntos de parámetros (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="528"/>
        <source>Load OpenSCAD parameter set</source>
        <translation>Cargar parámetros de OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="545"/>
        <source>{title} by {author}, licence {licence}. {attribution}</source>
        <translation>{title} de {author}, licencia {licence}. {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="547"/>
        <location filename="../../ui/screens/customizer.py" line="553"/>
        <source>Licence: {notice}</source>
        <translation>Licencia: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="556"/>
        <source>Design licence</source>
        <translation>Licencia del diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="567"/>
        <source>Fit #{id}: {style}</source>
        <translation>Ajuste n.º {id}: {style}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="588"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="589"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

¿Ha aceptado el autor esta venta?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="594"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>No se ha puesto en la cola: desmarque «se venden» para imprimirlas como regalo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="598"/>
        <source>Queueing the frames</source>
        <translation>Poniendo las monturas en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="602"/>
        <source>Queued job #{job} for the customer ({licence}).</source>
        <translation>Trabajo n.º {job} puesto en la cola para el cliente ({licence}).</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="120"/>
        <source>peak {0:.0f} W</source>
        <translation>pico {0:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/preview.py" line="125"/>
        <source>{0:.0f} min</source>
        <translation>{0:.0f} min</translation>
    </message>
</context>
<context>
    <name>EnergyScreen</name>
    <message>
        <location filename="../../ui/screens/energy.py" line="83"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="94"/>
        <source>Sun now</source>
        <translation>Sol ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="95"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="96"/>
        <source>Usable above reserve</source>
        <translation>Utilizable sobre la reserva</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="97"/>
        <source>Expected next 24 h</source>
        <translation>Previsto en 24 h</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="101"/>
        <source>No readings yet: connect the charge controller or enter a reading by hand.</source>
        <translation>Todavía no hay lecturas: conecte el regulador de carga o introduzca una lectura a mano.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="108"/>
        <location filename="../../ui/screens/energy.py" line="198"/>
        <source>PV power</source>
        <translation>Potencia FV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="109"/>
        <source>hours from now</source>
        <translation>horas desde ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="112"/>
        <source>clear sky</source>
        <translation>cielo despejado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="113"/>
        <source>expected</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="115"/>
        <source>cautious</source>
        <translation>prudente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="129"/>
        <source>Site, panels and battery</source>
        <translation>Lugar, paneles y batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="133"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="137"/>
        <source>Battery type</source>
        <translation>Tipo de batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="146"/>
        <source>Save site</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="154"/>
        <source>Charge controller</source>
        <translation>Regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="158"/>
        <source>Victron VE.Direct</source>
        <translation>Victron VE.Direct</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="159"/>
        <source>Renogy / SRNE (Modbus)</source>
        <translation>Renogy / SRNE (Modbus)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="160"/>
        <source>EPEver Tracer (Modbus)</source>
        <translation>EPEver Tracer (Modbus)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="163"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="166"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="168"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="170"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="172"/>
        <source>Demo: simulated controller</source>
        <translation>Demo: regulador simulado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="177"/>
        <location filename="../../ui/screens/energy.py" line="262"/>
        <location filename="../../ui/screens/energy.py" line="304"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="183"/>
        <source>Enter a reading by hand</source>
        <translation>Introducir una lectura a mano</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="196"/>
        <source>State of charge</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="197"/>
        <source>Battery voltage (0: not measured)</source>
        <translation>Tensión de batería (0: sin medir)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="199"/>
        <source>Store reading</source>
        <translation>Guardar la lectura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="233"/>
        <source>Saved. The queue is planned with these values from now on.</source>
        <translation>Guardado. La cola se planifica con estos valores a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="239"/>
        <source>Updating the energy forecast</source>
        <translation>Actualizando la previsión de energía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="254"/>
        <source>reserve {0:.0f} %; {1}</source>
        <translation>reserva {0:.0f} %; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="258"/>
        <source>median of this site&apos;s own weather</source>
        <translation>mediana del clima de este lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="264"/>
        <source>Listening to the {0} controller.</source>
        <translation>Escuchando el regulador {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="265"/>
        <source>charge</source>
        <translation>de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="268"/>
        <source>No fresh reading: the planner assumes the battery is draining and plans cautiously.</source>
        <translation>No hay lectura reciente: el planificador supone que la batería se descarga y planifica con prudencia.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="273"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="274"/>
        <source>stage: {0}</source>
        <translation>fase: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="279"/>
        <source>Last reading {0:%H:%M:%S} UTC from {1}.</source>
        <translation>Última lectura {0:%H:%M:%S} UTC desde {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="294"/>
        <source>Enter the port first (see `heliofab doctor` for the list).</source>
        <translation>Indique primero el puerto (vea `heliofab doctor` para la lista).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="297"/>
        <source>Listening on {0}…</source>
        <translation>Escuchando en {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="310"/>
        <source>Demo: a simulated VE.Direct controller on {0}.</source>
        <translation>Demo: un regulador VE.Direct simulado en {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="321"/>
        <source>Stored.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="51"/>
        <source>Set up this lab</source>
        <translation>Configurar este taller</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Skip for now</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <location filename="../../ui/first_run.py" line="64"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>Choose the language of Heliofab&apos;s screens.</source>
        <translation>Elija el idioma de las pantallas de Heliofab.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="67"/>
        <source>Type to find a town…</source>
        <translation>Escriba para buscar una ciudad…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80"/>
        <source>Where is the lab?</source>
        <translation>¿Dónde está el taller?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Pick the nearest town, or type the coordinates. The sun&apos;s path is computed from them.</source>
        <translation>Elija la ciudad más cercana o escriba las coordenadas. El recorrido del sol se calcula a partir de ellas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="84"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="94"/>
        <source>Panels and battery</source>
        <translation>Paneles y batería</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95"/>
        <source>Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. The reserve is never used for printing, so the lights still work at night.</source>
        <translation>Sume los vatios indicados en cada panel. Los vatios-hora de la batería son voltios × amperios-hora. La reserva nunca se usa para imprimir, así que las luces siguen funcionando de noche.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>Panel power</source>
        <translation>Potencia de los paneles</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>Panel tilt</source>
        <translation>Inclinación de los paneles</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="98"/>
        <source>Panel direction (0 north, 180 south)</source>
        <translation>Orientación de los paneles (0 norte, 180 sur)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Battery capacity</source>
        <translation>Capacidad de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Battery reserve</source>
        <translation>Reserva de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>e.g. /dev/ttyUSB0 or COM3; leave empty to choose later</source>
        <translation>p. ej. /dev/ttyUSB0 o COM3; déjelo vacío para elegir más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109"/>
        <source>Which printer does the lab have? Its size, temperatures and power use come from this choice.</source>
        <translation>¿Qué impresora tiene el taller? Su tamaño, sus temperaturas y su consumo dependen de esta elección.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>Printer model</source>
        <translation>Modelo de impresora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>USB port</source>
        <translation>Puerto USB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>Custom location</source>
        <translation>Otro lugar</translation>
    </message>
</context>
<context>
    <name>FittingScreen</name>
    <message>
        <location filename="../../ui/screens/fitting.py" line="104"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clientes y ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="116"/>
        <source>No customer chosen</source>
        <translation>Ningún cliente elegido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="118"/>
        <source>Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only.</source>
        <translation>Los clientes, sus medidas (distancia pupilar, ancho de cabeza) y sus ajustes guardados se quedan solo en este portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="121"/>
        <source>Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card.</source>
        <translation>Pulse Ctrl+N para añadir un cliente y luego mida su DP con una regla o con una foto con una tarjeta bancaria.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="125"/>
        <source>&amp;1 Customer</source>
        <translation>&amp;1 Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="126"/>
        <source>&amp;2 Measure PD</source>
        <translation>&amp;2 Medir la DP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="127"/>
        <source>&amp;3 Suggest sizes</source>
        <translation>&amp;3 Sugerir tallas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="128"/>
        <source>&amp;4 Lens stock</source>
        <translation>&amp;4 Existencias de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="153"/>
        <source>Search name or code (Ctrl+F)</source>
        <translation>Nombre o código (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="159"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nuevo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="169"/>
        <source>Intake</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="173"/>
        <source>made up when empty</source>
        <translation>se inventa si está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="179"/>
        <source>Agrees to photos being kept on this laptop</source>
        <translation>Acepta que sus fotos se guarden en este portátil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="183"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="184"/>
        <source>Co&amp;de</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="185"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tacto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="186"/>
        <source>&amp;Age group</source>
        <translation>&amp;Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="188"/>
        <location filename="../../ui/screens/fitting.py" line="391"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="190"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="192"/>
        <source>Delete customer…</source>
        <translation>Eliminar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="202"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Far PD</source>
        <translation>DP de lejos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Near PD</source>
        <translation>DP de cerca</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Mono R/L</source>
        <translation>Mono D/I</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="206"/>
        <source>Head width</source>
        <translation>Ancho de cabeza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="206"/>
        <source>Power R/L</source>
        <translation>Potencia D/I</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="211"/>
        <source>Saved fits</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="216"/>
        <location filename="../../ui/screens/fitting.py" line="360"/>
        <source>Open in customizer</source>
        <translation>Abrir en el personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="218"/>
        <source>Reprint…</source>
        <translation>Reimprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="220"/>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="222"/>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="229"/>
        <source>Orders (print jobs)</source>
        <translation>Pedidos (trabajos de impresión)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="241"/>
        <source>Ruler and face measures</source>
        <translation>Regla y medidas de la cara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="243"/>
        <source>e.g. 63</source>
        <translation>p. ej. 63</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="244"/>
        <source>from far</source>
        <translation>de lejos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="245"/>
        <location filename="../../ui/screens/fitting.py" line="246"/>
        <location filename="../../ui/screens/fitting.py" line="247"/>
        <location filename="../../ui/screens/fitting.py" line="248"/>
        <location filename="../../ui/screens/fitting.py" line="249"/>
        <location filename="../../ui/screens/fitting.py" line="250"/>
        <location filename="../../ui/screens/fitting.py" line="334"/>
        <location filename="../../ui/screens/fitting.py" line="335"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="251"/>
        <location filename="../../ui/screens/fitting.py" line="252"/>
        <source>D, optional</source>
        <translation>D, opcional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="254"/>
        <source>&amp;Far PD (mm)</source>
        <translation>DP de &amp;lejos (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="255"/>
        <source>Near PD (mm)</source>
        <translation>DP de cerca (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="256"/>
        <location filename="../../ui/screens/fitting.py" line="339"/>
        <source>Right eye PD (mm)</source>
        <translation>DP ojo derecho (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="257"/>
        <location filename="../../ui/screens/fitting.py" line="340"/>
        <source>Left eye PD (mm)</source>
        <translation>DP ojo izquierdo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="258"/>
        <source>&amp;Head width (mm)</source>
        <translation>Ancho de &amp;cabeza (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="259"/>
        <source>Front to bend (mm)</source>
        <translation>Frente hasta la curva (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="260"/>
        <source>Nose width 10 mm below crest (mm)</source>
        <translation>Ancho nariz 10 mm bajo caballete (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="261"/>
        <source>Nose width 15 mm below crest (mm)</source>
        <translation>Ancho nariz 15 mm bajo caballete (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="262"/>
        <source>Right lens power (D)</source>
        <translation>Potencia lente derecha (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="263"/>
        <source>Left lens power (D)</source>
        <translation>Potencia lente izquierda (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="268"/>
        <source>Save measurement (Enter)</source>
        <translation>Guardar la medida (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="273"/>
        <source>PD from a photo with a bank card</source>
        <translation>DP a partir de una foto con tarjeta bancaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="276"/>
        <source>Open photo…</source>
        <translation>Abrir foto…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="282"/>
        <source> cm to camera</source>
        <translation> cm a la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="283"/>
        <source>Mirror image</source>
        <translation>Imagen en espejo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="284"/>
        <source>Add reading</source>
        <translation>Añadir lectura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="286"/>
        <source>Clear points</source>
        <translation>Borrar puntos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="304"/>
        <location filename="../../ui/screens/fitting.py" line="740"/>
        <source>No readings yet: up to three photos are averaged.</source>
        <translation>Todavía no hay lecturas: se promedian hasta tres fotos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="311"/>
        <location filename="../../ui/screens/fitting.py" line="757"/>
        <source>Save photo PD</source>
        <translation>Guardar DP de la foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="313"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="326"/>
        <source>Customer and style</source>
        <translation>Cliente y estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="332"/>
        <source>right eye</source>
        <translation>ojo derecho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="333"/>
        <source>left eye</source>
        <translation>ojo izquierdo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="336"/>
        <source>Only lenses in stock</source>
        <translation>Solo lentes en existencias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="337"/>
        <source>Reading glasses (near PD)</source>
        <translation>Gafas de lectura (DP de cerca)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="338"/>
        <source>&amp;Style</source>
        <translation>&amp;Estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="341"/>
        <source>Head width (mm)</source>
        <translation>Ancho de cabeza (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="342"/>
        <source>Lens power (D)</source>
        <translation>Potencia de la lente (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="346"/>
        <location filename="../../ui/screens/fitting.py" line="814"/>
        <source>Suggest sizes</source>
        <translation>Sugerir tallas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="362"/>
        <source>Preview on photo</source>
        <translation>Vista previa en la foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="374"/>
        <source>The frame outline is drawn here over the customer&apos;s latest card photo.</source>
        <translation>El contorno de la montura se dibuja aquí sobre la última foto con tarjeta del cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <location filename="../../ui/screens/fitting.py" line="407"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <source>Diameter/width (mm)</source>
        <translation>Diámetro/ancho (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <source>Height (mm)</source>
        <translation>Altura (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <source>Power (D)</source>
        <translation>Potencia (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="391"/>
        <location filename="../../ui/screens/fitting.py" line="409"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="397"/>
        <source>Add lenses</source>
        <translation>Añadir lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="402"/>
        <source>e.g. 44</source>
        <translation>p. ej. 44</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="403"/>
        <source>ovals only</source>
        <translation>si es oval</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="404"/>
        <source>e.g. +1.5</source>
        <translation>p. ej. +1.5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="405"/>
        <source>e.g. 10</source>
        <translation>p. ej. 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="407"/>
        <source>Ø / width</source>
        <translation>Ø / ancho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="408"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="408"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="413"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="416"/>
        <source>Update selected</source>
        <translation>Actualizar la selección</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="423"/>
        <source>Take one (−1)</source>
        <translation>Sacar una (−1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="425"/>
        <source>Put back (+1)</source>
        <translation>Devolver una (+1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="427"/>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="460"/>
        <location filename="../../ui/screens/fitting.py" line="467"/>
        <source>Load customers</source>
        <translation>Cargando clientes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="499"/>
        <source>Open customer</source>
        <translation>Abriendo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="527"/>
        <source>, paper-check changes</source>
        <translation>, cambios tras la prueba en papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="538"/>
        <source>No orders yet.</source>
        <translation>Todavía no hay pedidos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="545"/>
        <source> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)</source>
        <translation> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sol, {bat:.1f} batería)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="564"/>
        <source>New customer: type a name or a code, then Enter.</source>
        <translation>Nuevo cliente: escriba un nombre o un código y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="586"/>
        <source>Saved {label}.</source>
        <translation>{label} guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="592"/>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="600"/>
        <location filename="../../ui/screens/fitting.py" line="613"/>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="601"/>
        <source>Delete {label} with all measurements, fits and photos? This cannot be undone.</source>
        <translation>¿Eliminar a {label} con todas sus medidas, ajustes y fotos? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="610"/>
        <source>Deleted {label} and their photos.</source>
        <translation>{label} y sus fotos eliminados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="618"/>
        <location filename="../../ui/screens/fitting.py" line="744"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Guarde primero el cliente (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="646"/>
        <source>Measurement saved.</source>
        <translation>Medida guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="649"/>
        <source>Save measurement</source>
        <translation>Guardar medida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="653"/>
        <source>Open a photo with a bank card</source>
        <translation>Abrir una foto con tarjeta bancaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="653"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="669"/>
        <location filename="../../ui/screens/fitting.py" line="929"/>
        <source>Open photo</source>
        <translation>Abrir foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="673"/>
        <source>Open a photo taken from about 1 m, card flat on the brow, long edge level.</source>
        <translation>Abra una foto tomada a aproximadamente 1 m, con la tarjeta plana sobre la frente y el lado largo horizontal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="676"/>
        <source>Click the card&apos;s top-left corner.</source>
        <translation>Haga clic en la esquina superior izquierda de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="677"/>
        <source>Click the card&apos;s top-right corner.</source>
        <translation>Haga clic en la esquina superior derecha de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="678"/>
        <source>Click the card&apos;s bottom-right corner.</source>
        <translation>Haga clic en la esquina inferior derecha de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="679"/>
        <source>Click the card&apos;s bottom-left corner.</source>
        <translation>Haga clic en la esquina inferior izquierda de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="680"/>
        <source>Click the pupil on the image&apos;s left (the customer&apos;s right eye).</source>
        <translation>Haga clic en la pupila de la izquierda de la imagen (el ojo derecho del cliente).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="681"/>
        <source>Click the pupil on the image&apos;s right (the customer&apos;s left eye).</source>
        <translation>Haga clic en la pupila de la derecha de la imagen (el ojo izquierdo del cliente).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="682"/>
        <source>Optional: click the bridge of the nose for true monocular PDs, or Add reading.</source>
        <translation>Opcional: haga clic en el puente de la nariz para obtener DP monoculares reales, o en Añadir lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="685"/>
        <source>All points placed: drag to adjust, then Add reading.</source>
        <translation>Todos los puntos colocados: arrástrelos para ajustar y luego Añadir lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="720"/>
        <source>Reading {n} added: open the next photo, or save.</source>
        <translation>Lectura {n} añadida: abra la siguiente foto o guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="724"/>
        <source>{n} reading(s), spread {spread:.1f} mm</source>
        <translation>{n} lectura(s), dispersión {spread:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="725"/>
        <source>Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>DP de lejos {far:.1f} mm (derecho {r:.1f} / izquierdo {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="728"/>
        <source>Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>DP de cerca {near:.1f} mm (derecho {r:.1f} / izquierdo {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="733"/>
        <source>Monocular PDs are halves: click the nose bridge to measure them.</source>
        <translation>Las DP monoculares son mitades: haga clic en el puente de la nariz para medirlas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="754"/>
        <source>Photo PD saved.</source>
        <translation>DP de la foto guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="813"/>
        <source>Checking every lens size and bridge…</source>
        <translation>Comprobando cada tamaño de lente y de puente…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="824"/>
        <source>#{rank}: lens {a:g} × {b:g} mm, bridge {dbl:g} mm</source>
        <translation>n.º {rank}: lente {a:g} × {b:g} mm, puente {dbl:g} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="831"/>
        <source>{passed} of {checked} sizes pass every frame check; the best {n} are shown.</source>
        <translation>{passed} de {checked} tallas pasan todas las comprobaciones de montura; se muestran las {n} mejores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="864"/>
        <source>This customizer cannot take parameters yet.</source>
        <translation>Este personalizador todavía no admite parámetros.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="899"/>
        <source>Saved fit #{id} for {code}.</source>
        <translation>Ajuste n.º {id} guardado para {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="908"/>
        <source>Save fit</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="918"/>
        <source>No card photo kept for this customer: the preview needs one.</source>
        <translation>No hay ninguna foto con tarjeta de este cliente: la vista previa la necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="926"/>
        <source>Latest card photo; suggestions are drawn at true scale.</source>
        <translation>Última foto con tarjeta; las sugerencias se dibujan a escala real.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="942"/>
        <source>Draw frame on photo</source>
        <translation>Dibujar la montura en la foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="948"/>
        <source>Choose a saved fit in the list first.</source>
        <translation>Elija primero un ajuste guardado en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="958"/>
        <source>Open fit</source>
        <translation>Abrir ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="967"/>
        <source>Write the parts (STL) to</source>
        <translation>Guardar las piezas (STL) en</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="978"/>
        <source>Reprint fit</source>
        <translation>Reimprimir ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="980"/>
        <source>Wrote {n} files to {folder}.</source>
        <translation>{n} archivos guardados en {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="988"/>
        <location filename="../../ui/screens/fitting.py" line="992"/>
        <source>Export fit</source>
        <translation>Exportar ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="994"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1000"/>
        <location filename="../../ui/screens/fitting.py" line="1013"/>
        <source>Import fit</source>
        <translation>Importar ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1010"/>
        <source>Imported fit #{id}.</source>
        <translation>Ajuste n.º {id} importado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1018"/>
        <source>Load lens stock</source>
        <translation>Cargando existencias de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1047"/>
        <source>Choose a line of the stock first.</source>
        <translation>Elija primero una línea de las existencias.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1081"/>
        <source>Save lenses</source>
        <translation>Guardar lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1091"/>
        <source>Update lens stock</source>
        <translation>Actualizando existencias de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1100"/>
        <source>Delete lens line</source>
        <translation>Eliminar línea de lentes</translation>
    </message>
</context>
<context>
    <name>FramePreviewWidget</name>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="81"/>
        <source>Choose a frame style to see it here.</source>
        <translation>Elija un estilo de montura para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="120"/>
        <source>{mm:g} mm ({how})</source>
        <translation>{mm:g} mm ({how})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>actual size</source>
        <translation>tamaño real</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>scaled to fit</source>
        <translation>reducido para caber</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="13"/>
        <source>Heliofab help</source>
        <translation>Ayuda de Heliofab</translation>
    </message>
</context>
<context>
    <name>LayerPreview</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="70"/>
        <source>Slice to see the layers here.</source>
        <translation>Lamine para ver las capas aquí.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clientes y ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Customizer</source>
        <translation>Personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Print Queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Lab report</source>
        <translation>Informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Heliofab</source>
        <translation>Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Help (F1)</source>
        <translation>Ayuda (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Printer: not connected</source>
        <translation>Impresora: no conectada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <location filename="../../ui/main_window.py" line="169"/>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Battery: no reading</source>
        <translation>Batería: sin lectura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Printer: printing {job} {pct:.0f} %</source>
        <translation>Impresora: imprimiendo {job} {pct:.0f} %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Printer: {state}</source>
        <translation>Impresora: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source> (+{n} more)</source>
        <translation> (+{n} más)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>, sun {w:.0f} W</source>
        <translation>, sol {w:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source> (old reading)</source>
        <translation> (lectura antigua)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Battery: {soc:.0f} %{pv}{stale}</source>
        <translation>Batería: {soc:.0f} %{pv}{stale}</translation>
    </message>
</context>
<context>
    <name>MaterialProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="190"/>
        <source>Material: {0}</source>
        <translation>Material: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="195"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="227"/>
        <source>Saving material</source>
        <translation>Guardando el material</translation>
    </message>
</context>
<context>
    <name>PhotoClickView</name>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="82"/>
        <source>card 1</source>
        <translation>tarjeta 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="83"/>
        <source>card 2</source>
        <translation>tarjeta 2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="84"/>
        <source>card 3</source>
        <translation>tarjeta 3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="85"/>
        <source>card 4</source>
        <translation>tarjeta 4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="86"/>
        <source>pupil (image left)</source>
        <translation>pupila (izquierda de la imagen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="87"/>
        <source>pupil (image right)</source>
        <translation>pupila (derecha de la imagen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="88"/>
        <source>nose</source>
        <translation>nariz</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="83"/>
        <source>Printer profile: {0}</source>
        <translation>Perfil de impresora: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="86"/>
        <source>Heated bed</source>
        <translation>Cama caliente</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="93"/>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="94"/>
        <source>Speeds</source>
        <translation>Velocidades</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="95"/>
        <source>Motion limits</source>
        <translation>Límites de movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="96"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="100"/>
        <source>Start G-code</source>
        <translation>G-code inicial</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="101"/>
        <source>End G-code</source>
        <translation>G-code final</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="102"/>
        <source>G-code</source>
        <translation>G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="107"/>
        <source>Shipped values</source>
        <translation>Valores de fábrica</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="146"/>
        <source>Saving profile</source>
        <translation>Guardando el perfil</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="158"/>
        <source>Resetting profile</source>
        <translation>Restableciendo el perfil</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <location filename="../../ui/screens/printers.py" line="52"/>
        <location filename="../../ui/screens/printers.py" line="504"/>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="62"/>
        <source>No printer connected</source>
        <translation>Ninguna impresora conectada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="63"/>
        <source>Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss.</source>
        <translation>Las impresoras USB se controlan directamente desde este portátil, con recuperación si se desconecta el cable o se corta la luz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="64"/>
        <source>Plug a printer in, pick its port above and press Connect, or start the simulated printer to try things out.</source>
        <translation>Conecte una impresora, elija su puerto arriba y pulse Conectar, o inicie la impresora simulada para probar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="86"/>
        <source>Rescan ports</source>
        <translation>Buscar puertos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="87"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="88"/>
        <source>Start simulated printer</source>
        <translation>Iniciar impresora simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="92"/>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="92"/>
        <source>Baud</source>
        <translation>Baudios</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="130"/>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="134"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="135"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="137"/>
        <source>hotend</source>
        <translation>boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="138"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="148"/>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="149"/>
        <source>Heaters off</source>
        <translation>Apagar calefacción</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="152"/>
        <source>Hotend</source>
        <translation>Boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="152"/>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="163"/>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="165"/>
        <source>No job running.</source>
        <translation>Ningún trabajo en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="171"/>
        <source>Print file…</source>
        <translation>Imprimir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="172"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="173"/>
        <source>Pause at next layer</source>
        <translation>Pausa en la siguiente capa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="174"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="175"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>Emergency stop</source>
        <translation>Parada de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="207"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="212"/>
        <source>Step (mm)</source>
        <translation>Paso (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="221"/>
        <source>Home all</source>
        <translation>Origen de todos los ejes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="223"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="230"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="238"/>
        <source>G-code, e.g. M105</source>
        <translation>G-code, p. ej. M105</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="239"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="249"/>
        <source>Interrupted jobs</source>
        <translation>Trabajos interrumpidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Stopped at line</source>
        <translation>Línea de parada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="261"/>
        <source>Resume on the selected port</source>
        <translation>Reanudar en el puerto elegido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="262"/>
        <source>Abandon</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="298"/>
        <source> (simulated)</source>
        <translation> (simulada)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="310"/>
        <source>{port}: {state} — {firmware}. {message}</source>
        <translation>{port}: {state} — {firmware}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="311"/>
        <source>unknown firmware</source>
        <translation>firmware desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="316"/>
        <source>Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C</source>
        <translation>Boquilla {h:.1f} / {ht:.0f} °C   Cama {b} / {bt} °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="324"/>
        <source>No temperature reported yet.</source>
        <translation>Todavía no se ha recibido ninguna temperatura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="333"/>
        <source>The printer asks: {text}</source>
        <translation>La impresora pregunta: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="334"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="337"/>
        <source>Job {id}: {name}</source>
        <translation>Trabajo {id}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="340"/>
        <source>Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left</source>
        <translation>Línea {line} de {total} · capa {layer} · {elapsed} transcurrido · {left} restante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="345"/>
        <source>No job running. Print a checked G-code file, or dispatch one from the queue.</source>
        <translation>Ningún trabajo en curso. Imprima un archivo G-code comprobado o envíe uno desde la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="371"/>
        <source>A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last confirmed line.</source>
        <translation>Un trabajo detenido por un cable desconectado, un reinicio de la impresora, un fallo o un corte de luz puede seguir desde su última línea confirmada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="373"/>
        <source>No interrupted jobs.</source>
        <translation>Ningún trabajo interrumpido.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="405"/>
        <source>Pick a port first (plug the printer in and press Rescan ports).</source>
        <translation>Elija primero un puerto (conecte la impresora y pulse Buscar puertos).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="412"/>
        <source>Connecting to {port}</source>
        <translation>Conectando a {port}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="426"/>
        <source>Disconnecting</source>
        <translation>Desconectando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>Print G-code</source>
        <translation>Imprimir G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="467"/>
        <source>Checking and starting {name}</source>
        <translation>Comprobando e iniciando {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="484"/>
        <source>Pick the interrupted job and the printer&apos;s port first.</source>
        <translation>Elija primero el trabajo interrumpido y el puerto de la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="491"/>
        <source>Resuming job {id}</source>
        <translation>Reanudando el trabajo {id}</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="210"/>
        <source>Print Queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="212"/>
        <source>The queue is empty</source>
        <translation>La cola está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="213"/>
        <source>Print jobs wait here; each is planned for when the sun and the battery can pay for it.</source>
        <translation>Los trabajos de impresión esperan aquí; cada uno se planifica para cuando el sol y la batería puedan pagarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="214"/>
        <source>Slice a customized frame or a catalogue design to add a job.</source>
        <translation>Lamine una montura personalizada o un diseño del catálogo para añadir un trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="220"/>
        <source>Add a sliced G-code file…</source>
        <translation>Añadir un archivo G-code laminado…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="230"/>
        <source>Re-plan now</source>
        <translation>Replanificar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>2 days</source>
        <translation>2 días</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="239"/>
        <source>Add G-code…</source>
        <translation>Añadir G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="241"/>
        <source>Start and pause prints by themselves</source>
        <translation>Iniciar y pausar solo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="243"/>
        <source>Starts planned prints on connected printers and pauses them safely when the battery runs low.</source>
        <translation>Inicia las impresiones planificadas en las impresoras conectadas y las pausa de forma segura cuando la batería está baja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="260"/>
        <source>Order (drag to reorder; first prints first)</source>
        <translation>Orden (arrastre para reordenar; el primero se imprime primero)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="271"/>
        <source>Let the planner choose again (unpin)</source>
        <translation>Dejar que el planificador elija de nuevo (desfijar)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="277"/>
        <source>Connected printers (connect one in the Printers area).</source>
        <translation>Impresoras conectadas (conecte una desde la pantalla Impresoras).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="278"/>
        <source>Print now…</source>
        <translation>Imprimir ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="280"/>
        <source>Start the chosen job now on the chosen printer, whatever the plan says.</source>
        <translation>Inicia ya el trabajo elegido en la impresora elegida, diga lo que diga el plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="285"/>
        <source>No printer is printing.</source>
        <translation>Ninguna impresora está imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="311"/>
        <source>Planning the print queue</source>
        <translation>Planificando la cola de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="326"/>
        <source>{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.</source>
        <translation>{0} planificados, {1} en espera. Batería mínima {2:.0f} % (reserva {3:.0f} %); {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="342"/>
        <source>printing now</source>
        <translation>imprimiendo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="344"/>
        <source>starts {time}</source>
        <translation>empieza {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="346"/>
        <source>not planned yet</source>
        <translation>aún sin planificar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="363"/>
        <source>Why then: {reason}</source>
        <translation>Por qué entonces: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="381"/>
        <source>{port} ({state}{sim})</source>
        <translation>{port} ({state}{sim})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="382"/>
        <source>, simulated</source>
        <translation>, simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="393"/>
        <source>Choose a job and a connected printer first.</source>
        <translation>Elija primero un trabajo y una impresora conectada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="396"/>
        <source>Print now</source>
        <translation>Imprimir ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="397"/>
        <source>Start job #{job} now on {port}? Check that the bed is clear and the filament loaded; the plan for the sun and the battery is not followed for this print.</source>
        <translation>¿Iniciar ahora el trabajo n.º {job} en {port}? Compruebe que la cama está despejada y el filamento cargado; el plan según el sol y la batería no se sigue para esta impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="407"/>
        <source>Starting job #{job} on {port}…</source>
        <translation>Iniciando el trabajo n.º {job} en {port}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="415"/>
        <source>Starting the print</source>
        <translation>Iniciando la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="423"/>
        <source>Job #{job} finished: {outcome}. {message}</source>
        <translation>Trabajo n.º {job} terminado: {outcome}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="433"/>
        <source>, about {min:.0f} min left</source>
        <translation>, quedan unos {min:.0f} min</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="435"/>
        <source>#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}</source>
        <translation>N.º {job} {name} en {port}: {pct:.0f} %, capa {layer}{remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="442"/>
        <source>Print ended. {results}</source>
        <translation>Impresión terminada. {results}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="465"/>
        <source>Reordering</source>
        <translation>Reordenando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="471"/>
        <source>Pinning</source>
        <translation>Fijando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="479"/>
        <source>Unpinning</source>
        <translation>Desfijando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="484"/>
        <source>Queue a G-code file</source>
        <translation>Poner un archivo G-code en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="484"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="489"/>
        <source>Analysing the G-code</source>
        <translation>Analizando el G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="496"/>
        <source>Prints start on their own at their planned time on connected printers.</source>
        <translation>Las impresiones empiezan solas a la hora planificada en las impresoras conectadas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="514"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../ui/screens/report.py" line="29"/>
        <source>Lab report</source>
        <translation>Informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="33"/>
        <source>No finished prints yet</source>
        <translation>Todavía no hay impresiones terminadas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="34"/>
        <source>The report shows what the lab made each month and for each customer: filament, printing minutes, energy from the sun and from the battery, and material cost per item.</source>
        <translation>El informe muestra lo que el taller ha fabricado cada mes y para cada cliente: filamento, minutos de impresión, energía del sol y de la batería, y coste de material por pieza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="36"/>
        <source>It fills in by itself as print jobs complete.</source>
        <translation>Se rellena solo a medida que terminan los trabajos de impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="44"/>
        <source>Energy (Wh)</source>
        <translation>Energía (Wh)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="45"/>
        <source>Energy per month: sun (yellow) and battery (grey)</source>
        <translation>Energía por mes: sol (amarillo) y batería (gris)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="49"/>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="50"/>
        <source>Per customer</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="57"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="71"/>
        <source>Building the lab report</source>
        <translation>Preparando el informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Period or customer</source>
        <translation>Periodo o cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Made</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Filament (g)</source>
        <translation>Filamento (g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Wh from sun</source>
        <translation>Wh del sol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Wh from battery</source>
        <translation>Wh de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Cost per item</source>
        <translation>Coste por pieza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="117"/>
        <source>Export the lab report</source>
        <translation>Exportar el informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="125"/>
        <source>Writing the lab report</source>
        <translation>Guardando el informe del taller</translation>
    </message>
</context>
<context>
    <name>SlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="431"/>
        <source>Slice</source>
        <translation>Laminar</translation>
    </message>
</context>
<context>
    <name>SlicingPanel</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="69"/>
        <location filename="../../ui/slicing/dialog.py" line="212"/>
        <source>No parts to slice yet.</source>
        <translation>Todavía no hay piezas para laminar.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="73"/>
        <location filename="../../ui/slicing/dialog.py" line="75"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="85"/>
        <source>Rear, lined up</source>
        <translation>Detrás, alineada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="86"/>
        <source>Nearest, least travel</source>
        <translation>La más cercana, menos desplazamientos</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="88"/>
        <source>Built-in slicer</source>
        <translation>Laminador integrado</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="90"/>
        <source>PrusaSlicer</source>
        <translation>PrusaSlicer</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="91"/>
        <source>Slice</source>
        <translation>Laminar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="104"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="106"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="110"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="111"/>
        <source>Layer height</source>
        <translation>Altura de capa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="112"/>
        <source>Perimeters</source>
        <translation>Perímetros</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="113"/>
        <source>Infill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="114"/>
        <source>Skirt loops</source>
        <translation>Vueltas de falda</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="115"/>
        <source>Seam</source>
        <translation>Costura</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="116"/>
        <source>Slicer</source>
        <translation>Laminador</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="121"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="125"/>
        <source>Print time</source>
        <translation>Tiempo de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="126"/>
        <source>Heating up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="127"/>
        <source>Filament</source>
        <translation>Filamento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="128"/>
        <source>Material cost</source>
        <translation>Coste de material</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="129"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="130"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="145"/>
        <source>Add to queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="162"/>
        <location filename="../../ui/slicing/dialog.py" line="343"/>
        <location filename="../../ui/slicing/dialog.py" line="365"/>
        <source>Layer —</source>
        <translation>Capa —</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="163"/>
        <source>Show travels</source>
        <translation>Mostrar desplazamientos</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="210"/>
        <source>{0} part(s): {1}</source>
        <translation>{0} pieza(s): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="223"/>
        <source>Loading profiles</source>
        <translation>Cargando perfiles</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="267"/>
        <source>Slicing…</source>
        <translation>Laminando…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="269"/>
        <source>Slicing</source>
        <translation>Laminado</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="277"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="300"/>
        <source>Sliced in {0:.1f} s. Safe to print.</source>
        <translation>Laminado en {0:.1f} s. Se puede imprimir sin riesgo.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="302"/>
        <source>Sliced in {0:.1f} s after repairing {1}. Safe to print.</source>
        <translation>Laminado en {0:.1f} s tras reparar {1}. Se puede imprimir sin riesgo.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="309"/>
        <source>{0:.1f} g ({1:.2f} m)</source>
        <translation>{0:.1f} g ({1:.2f} m)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="313"/>
        <source>{0:.0f} Wh (peak {1:.0f} W)</source>
        <translation>{0:.0f} Wh (pico {1:.0f} W)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="343"/>
        <source>Layer {0} of {1}</source>
        <translation>Capa {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="353"/>
        <source>Settings changed: slice again to see the estimate.</source>
        <translation>Ajustes cambiados: vuelva a laminar para ver la estimación.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/screens/sync.py" line="37"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="43"/>
        <source>Look for sticks again</source>
        <translation>Buscar memorias de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="44"/>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="53"/>
        <source>No USB stick found</source>
        <translation>No se encontró ninguna memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="54"/>
        <source>Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked.</source>
        <translation>Los catálogos viajan entre talleres en memorias USB: solo se copia lo que ha cambiado y se comprueba cada archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="55"/>
        <source>Insert a USB stick, or choose a folder, to export or import a catalogue.</source>
        <translation>Inserte una memoria USB, o elija una carpeta, para exportar o importar un catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="63"/>
        <source>No stick or folder chosen.</source>
        <translation>Ninguna memoria ni carpeta elegida.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="68"/>
        <source>Check what&apos;s on it</source>
        <translation>Ver qué contiene</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="69"/>
        <source>Import into this lab</source>
        <translation>Importar a este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="70"/>
        <source>Export this lab&apos;s catalogue</source>
        <translation>Exportar el catálogo de este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="71"/>
        <source>Back up the whole lab</source>
        <translation>Copia de seguridad de todo el taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="72"/>
        <source>Trust this publisher…</source>
        <translation>Confiar en este editor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="95"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="115"/>
        <source>Looking for USB sticks</source>
        <translation>Buscando memorias USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="122"/>
        <source>has a catalogue</source>
        <translation>tiene un catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="124"/>
        <source>has a backup</source>
        <translation>tiene una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="125"/>
        <source>{free:.1f} GB free</source>
        <translation>{free:.1f} GB libres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="138"/>
        <source>Choose the stick or folder</source>
        <translation>Elegir la memoria o la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="149"/>
        <source>It holds a catalogue.</source>
        <translation>Contiene un catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="149"/>
        <source>No catalogue on it yet.</source>
        <translation>Todavía no tiene ningún catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="150"/>
        <source>Chosen: {path}. {what}</source>
        <translation>Elegido: {path}. {what}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="188"/>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="205"/>
        <source>Cancelling… the stick keeps its previous complete catalogue.</source>
        <translation>Cancelando… la memoria conserva su catálogo completo anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="224"/>
        <source>Checking {path}</source>
        <translation>Comprobando {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="239"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {older} older, {conflict} in conflict</source>
        <translation>{new} nuevos, {updated} actualizados, {unchanged} sin cambios, {older} más antiguos, {conflict} en conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="244"/>
        <source>Signed by {name}, a publisher this lab trusts ({fp}).</source>
        <translation>Firmado por {name}, un editor de confianza para este taller ({fp}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="246"/>
        <source>Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. Call that lab and compare the fingerprint before trusting it.</source>
        <translation>Firmado por {name} ({fp}), aún sin confianza aquí: los diseños entran marcados como tales. Llame a ese taller y compare la huella antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="249"/>
        <source>NOT signed: designs come in marked unsigned and never replace trusted ones.</source>
        <translation>SIN firma: los diseños entran marcados como sin firma y nunca sustituyen a los de confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="251"/>
        <source>an unnamed lab</source>
        <translation>un taller sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="260"/>
        <source>Importing from {path}</source>
        <translation>Importando desde {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="267"/>
        <source>Imported: </source>
        <translation>Importado: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="275"/>
        <source>Exporting to {path}</source>
        <translation>Exportando a {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="283"/>
        <source>Another lab&apos;s catalogue</source>
        <translation>Catálogo de otro taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="284"/>
        <source>Replace it with this lab&apos;s catalogue anyway?</source>
        <translation>¿Sustituirlo de todos modos por el catálogo de este taller?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="295"/>
        <source>Exported {designs} designs: {copied} files copied, {skipped} already on the stick.</source>
        <translation>{designs} diseños exportados: {copied} archivos copiados, {skipped} ya estaban en la memoria.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="306"/>
        <source>Backing up to {path}</source>
        <translation>Copia de seguridad en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="313"/>
        <source>Backed up and verified in {folder}. It holds customers&apos; data: keep the stick safe.</source>
        <translation>Copia guardada y comprobada en {folder}. Contiene datos de clientes: guarde la memoria en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="320"/>
        <location filename="../../ui/screens/sync.py" line="325"/>
        <source>Trust a publisher</source>
        <translation>Confiar en un editor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="320"/>
        <source>The lab&apos;s name:</source>
        <translation>El nombre del taller:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="326"/>
        <source>Type the fingerprint that lab reads to you over the phone (not the one shown here):</source>
        <translation>Escriba la huella que ese taller le lee por teléfono (no la que se muestra aquí):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="337"/>
        <source>Trusting a publisher</source>
        <translation>Añadiendo un editor de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="340"/>
        <source>Not trusted</source>
        <translation>Sin confianza</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../ui/tasks.py" line="27"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="86"/>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="119"/>
        <source>sun</source>
        <translation>sol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="136"/>
        <source>battery</source>
        <translation>batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="170"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
</TS>
