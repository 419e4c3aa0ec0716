"""The print queue: jobs, the solar-aware planner, re-planning, dispatch and safe pausing."""
