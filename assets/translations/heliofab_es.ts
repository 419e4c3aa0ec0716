<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BedView3D</name>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="113"/>
        <source>3D view</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="122"/>
        <source>The parts appear here once every check passes.</source>
        <translation>Las piezas aparecen aquí cuando pasan todas las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="123"/>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="181"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="188"/>
        <source>Search designs: title, tags, author…</source>
        <translation>Buscar título, etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="192"/>
        <source>Fits bed (mm)</source>
        <translation>Cabe en la cama (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="194"/>
        <source>Any bed size</source>
        <translation>Cualquier cama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="203"/>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="220"/>
        <location filename="../../ui/screens/catalogue.py" line="404"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="221"/>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>All licences</source>
        <translation>Todas las licencias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="244"/>
        <source>Choose a design to see its licence, author and files.</source>
        <translation>Elija un diseño para ver su licencia, su autor y sus archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="248"/>
        <source>Open in customizer</source>
        <translation>Abrir en el personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="252"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Laminar y poner en cola…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="260"/>
        <source>Edit details…</source>
        <translation>Editar detalles…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="262"/>
        <source>Name, author, licence, source and notes of a design this lab imported.</source>
        <translation>Nombre, autor, licencia, fuente y notas de un diseño importado por este taller.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="265"/>
        <source>Bundled with Heliofab: its details are read-only.</source>
        <translation>Incluido con Heliofab: sus detalles no se pueden modificar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="284"/>
        <source>No designs yet</source>
        <translation>Todavía no hay diseños</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="285"/>
        <source>The catalogue holds the frame styles and other designs this lab can print, with their licences.</source>
        <translation>El catálogo contiene los estilos de montura y los demás diseños que este taller puede imprimir, con sus licencias.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="286"/>
        <source>Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area.</source>
        <translation>Importe archivos STL/3MF o un zip de diseños, o traiga un catálogo en una memoria USB desde la pantalla Sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="289"/>
        <source>No design matches</source>
        <translation>Ningún diseño coincide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="290"/>
        <source>Nothing in the catalogue matches these words and filters.</source>
        <translation>Nada del catálogo coincide con estas palabras y filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="291"/>
        <source>Clear the search box or choose “All categories” and “All licences”.</source>
        <translation>Vacíe el cuadro de búsqueda o elija «Todas las categorías» y «Todas las licencias».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="348"/>
        <source>Loading the catalogue</source>
        <translation>Cargando el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="378"/>
        <source>Loading thumbnails</source>
        <translation>Cargando las miniaturas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n design</source>
        <translation>
            <numerusform>%n diseño</numerusform>
            <numerusform>%n diseños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n designs</source>
        <translation>
            <numerusform>%n diseño</numerusform>
            <numerusform>%n diseños</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="447"/>
        <source>Loading the design</source>
        <translation>Cargando el diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="456"/>
        <source>Bundled with Heliofab</source>
        <translation>Incluido con Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="457"/>
        <source>Made or imported in this lab</source>
        <translation>Creado o importado en este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="458"/>
        <source>From a trusted lab</source>
        <translation>De un taller de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="459"/>
        <source>From a lab you have not trusted yet</source>
        <translation>De un taller aún no marcado como de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="460"/>
        <source>Unsigned: origin unknown</source>
        <translation>Sin firma: origen desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Credit</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="465"/>
        <source>Not for sale without checking: the licence restricts commercial use or is unknown.</source>
        <translation>No vender sin comprobar: la licencia restringe el uso comercial o es desconocida.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="494"/>
        <source>Choose its values in the customizer, then slice it and queue it from there.</source>
        <translation>Elija sus valores en el personalizador y luego lamínelo y póngalo en la cola desde allí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="496"/>
        <source>Slice this design, see its time, grams, cost and energy, then queue it or save the G-code.</source>
        <translation>Lamine este diseño, vea su tiempo, gramos, coste y energía, y luego póngalo en la cola o guarde el G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Import designs</source>
        <translation>Importar diseños</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Designs (*.stl *.3mf *.zip)</source>
        <translation>Diseños (*.stl *.3mf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="548"/>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="554"/>
        <source>%n kept as it was</source>
        <translation>
            <numerusform>%n conservado como estaba</numerusform>
            <numerusform>%n conservados como estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="555"/>
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n conservado como estaba</numerusform>
            <numerusform>%n conservados como estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="557"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="558"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="559"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="564"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="25"/>
        <source>Search name or code (Ctrl+F)</source>
        <translation>Nombre o código (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="31"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nuevo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="45"/>
        <source> · PD {pd}</source>
        <translation> · DP {pd}</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="39"/>
        <source>child</source>
        <translation>niño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="40"/>
        <source>teen</source>
        <translation>adolescente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="41"/>
        <source>adult</source>
        <translation>adulto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="42"/>
        <source>senior</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="56"/>
        <source>Intake</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="60"/>
        <source>made up when empty</source>
        <translation>se inventa si está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="66"/>
        <source>Agrees to photos being kept on this laptop</source>
        <translation>Acepta que sus fotos se guarden en este portátil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="80"/>
        <source>Co&amp;de</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="81"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tacto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="82"/>
        <source>&amp;Age group</source>
        <translation>&amp;Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="84"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="86"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="88"/>
        <source>Delete customer…</source>
        <translation>Eliminar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="98"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Far PD</source>
        <translation>DP de lejos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Near PD</source>
        <translation>DP de cerca</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Mono R/L</source>
        <translation>Mono D/I</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Head width</source>
        <translation>Ancho de cabeza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Power R/L</source>
        <translation>Potencia D/I</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="108"/>
        <source>Saved fits</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="114"/>
        <source>Open in customizer</source>
        <translation>Abrir en el personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="116"/>
        <source>Print again…</source>
        <translation>Imprimir de nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="119"/>
        <source>Slice the selected fit as it was saved and queue it for the customer (no new fit is saved).</source>
        <translation>Laminar el ajuste elegido tal como se guardó y ponerlo en la cola para el cliente (no se guarda ningún ajuste nuevo).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="121"/>
        <source>Save STL files…</source>
        <translation>Guardar archivos STL…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="123"/>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="125"/>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="127"/>
        <source>Sold (not a gift)</source>
        <translation>Se venden (no es un regalo)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="128"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Estas monturas se venden (no son un regalo ni para uso personal)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="138"/>
        <source>Orders (print jobs)</source>
        <translation>Pedidos (trabajos de impresión)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="149"/>
        <source>Self-adjustable lenses</source>
        <translation>Lentes autoajustables</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="151"/>
        <source>The customer tuned the lenses themselves (no prescription needed)</source>
        <translation>El cliente graduó las lentes él mismo (sin receta)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="165"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="248"/>
        <source>Module not recorded</source>
        <translation>Módulo no anotado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="166"/>
        <source>Record on the selected fit</source>
        <translation>Anotar en el ajuste elegido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="169"/>
        <source>Lens module used</source>
        <translation>Módulo de lente usado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="201"/>
        <source>, paper-check changes</source>
        <translation>, cambios tras la prueba en papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="203"/>
        <source>, tuned by the customer</source>
        <translation>, lentes graduadas por el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="214"/>
        <source>No orders yet.</source>
        <translation>Todavía no hay pedidos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="219"/>
        <source> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)</source>
        <translation> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sol, {bat:.1f} batería)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="223"/>
        <source>measured by the charge controller</source>
        <translation>medido por el regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="224"/>
        <source>partly measured by the charge controller</source>
        <translation>medido en parte por el regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="225"/>
        <source>estimated, no controller readings</source>
        <translation>estimado, sin lecturas del regulador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="275"/>
        <source>Saved {label}.</source>
        <translation>{label} guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="278"/>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="286"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="300"/>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="287"/>
        <source>Delete {label} with all measurements, fits and photos? This cannot be undone.</source>
        <translation>¿Eliminar a {label} con todas sus medidas, ajustes y fotos? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="296"/>
        <source>Deleted {label} and their photos.</source>
        <translation>{label} y sus fotos eliminados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="309"/>
        <source>Choose a saved fit in the list first.</source>
        <translation>Elija primero un ajuste guardado en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="319"/>
        <source>Open fit</source>
        <translation>Abrir ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="334"/>
        <source>Write the parts (STL) to</source>
        <translation>Guardar las piezas (STL) en</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="345"/>
        <source>Reprint fit</source>
        <translation>Reimprimir ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="347"/>
        <source>Wrote {n} files to {folder}.</source>
        <translation>{n} archivos guardados en {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="355"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="359"/>
        <source>Export fit</source>
        <translation>Exportar ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="361"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="367"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="381"/>
        <source>Import fit</source>
        <translation>Importar ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="377"/>
        <source>Imported fit #{id}.</source>
        <translation>Ajuste n.º {id} importado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="396"/>
        <source>module not recorded</source>
        <translation>módulo no anotado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="397"/>
        <source>Fit #{id}: tuned by the customer ({module}).</source>
        <translation>Ajuste n.º {id}: lentes graduadas por el cliente ({module}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="399"/>
        <source>Fit #{id}: not tuned by the customer.</source>
        <translation>Ajuste n.º {id}: lentes no graduadas por el cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="405"/>
        <source>Record self-tuned lenses</source>
        <translation>Anotando las lentes graduadas por el cliente</translation>
    </message>
</context>
<context>
    <name>CustomizerScreen</name>
    <message>
        <location filename="../../ui/screens/customizer.py" line="96"/>
        <source>Customizer</source>
        <translation>Personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="133"/>
        <source> (child)</source>
        <translation> (niño)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="135"/>
        <source>Fit bridge to PD</source>
        <translation>Ajustar el puente a la DP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="136"/>
        <source>Set the bridge so the lens centres sit exactly on the pupils.</source>
        <translation>Ajusta el puente para que el centro de las lentes quede justo sobre las pupilas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="137"/>
        <source>Reset to style defaults</source>
        <translation>Volver a los valores del estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="138"/>
        <source>Frame style:</source>
        <translation>Estilo de montura:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="144"/>
        <location filename="../../ui/screens/customizer.py" line="286"/>
        <source>Not tied to a customer</source>
        <translation>Sin cliente asociado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="161"/>
        <source>Front and temple</source>
        <translation>Frente y varilla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="162"/>
        <source>Print bed (3D)</source>
        <translation>Cama de impresión (3D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="163"/>
        <source>Actual size on screen (when it fits)</source>
        <translation>Tamaño real en pantalla (si cabe)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="173"/>
        <source>Write parts…</source>
        <translation>Guardar las piezas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="174"/>
        <source>Paper template…</source>
        <translation>Plantilla de papel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="175"/>
        <source>Print template…</source>
        <translation>Imprimir la plantilla…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="176"/>
        <source>Print the 1:1 template at 100 % on this laptop&apos;s printer.</source>
        <translation>Imprimir la plantilla 1:1 al 100 % en la impresora de este portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="177"/>
        <source>Save parameter set…</source>
        <translation>Guardar parámetros…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="178"/>
        <source>Load parameter set…</source>
        <translation>Cargar parámetros…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="179"/>
        <source>Save as fit</source>
        <translation>Guardar como ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="180"/>
        <source>Available once customers and fits are set up.</source>
        <translation>Disponible cuando haya clientes y ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="181"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Laminar y poner en cola…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="183"/>
        <location filename="../../ui/screens/customizer.py" line="593"/>
        <source>Slice the saved fit and put it in the print queue for its customer.</source>
        <translation>Lamina el ajuste guardado y lo pone en la cola de impresión para su cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="187"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Se venden (no es un regalo ni para uso personal)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="293"/>
        <source>Saved as fit #{id}: slice it and queue it for the customer.</source>
        <translation>Guardado como ajuste n.º {id}: lamínelo y póngalo en la cola para el cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="359"/>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="381"/>
        <source>Pinned: the bridge keeps the value you chose. Unpin it to let it follow the PD and lens width.</source>
        <translation>Fijado: el puente conserva el valor elegido. Desfíjelo para que siga la DP y el ancho de la lente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="383"/>
        <source>The bridge follows the PD and lens width, so the lenses stay on the pupils. Pin it to keep a value of your own.</source>
        <translation>El puente sigue la DP y el ancho de la lente, para que las lentes queden centradas en las pupilas. Fíjelo para conservar un valor propio.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="459"/>
        <source>This design has no bridge to fit.</source>
        <translation>Este diseño no tiene puente que ajustar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="462"/>
        <source>No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: change the lens width.</source>
        <translation>Ningún puente entre {lo:g} y {hi:g} mm coloca estas lentes sobre las pupilas: cambie el ancho de la lente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="499"/>
        <source>Style thumbnails</source>
        <translation>Miniaturas de estilos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="523"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="535"/>
        <source>Cannot build this frame: {error}</source>
        <translation>No se puede construir esta montura: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="545"/>
        <source>, about {g:.1f} g</source>
        <translation>, unos {g:.1f} g</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="557"/>
        <source>Warning:</source>
        <translation>Atención:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="561"/>
        <source>All checks pass: ready to print.</source>
        <translation>Todas las comprobaciones pasan: listo para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="800"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Trabajo n.º {job} puesto en la cola ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="623"/>
        <source>Writing frame parts</source>
        <translation>Guardando las piezas de la montura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="549"/>
        <source>{marking}: lens {a:g} + bridge {bridge:g} mm{hint} · frame PD {pd:g} mm · width {w:g} mm · splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}</source>
        <translation>{marking}: lente {a:g} + puente {bridge:g} mm{hint} · DP de montura {pd:g} mm · ancho {w:g} mm · apertura D {sr:g}° / I {sl:g}° · varilla {t:g} mm{grams}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="582"/>
        <source> (the PD calls for {fit:g} mm)</source>
        <translation> (la DP pide {fit:g} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="624"/>
        <source>Wrote {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="643"/>
        <source>Writing paper template</source>
        <translation>Guardando la plantilla de papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="645"/>
        <source>Saved {path}: print at 100 % and check the card outline.</source>
        <translation>{path} guardado: imprima al 100 % y compruebe el contorno de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="659"/>
        <source>Saving parameter set</source>
        <translation>Guardando los parámetros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="660"/>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="675"/>
        <source>Loading parameter set</source>
        <translation>Cargando los parámetros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="681"/>
        <source>Folder for the frame parts</source>
        <translation>Carpeta para las piezas de la montura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="686"/>
        <source>Save paper template</source>
        <translation>Guardar la plantilla de papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="687"/>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="698"/>
        <source>Save OpenSCAD parameter set</source>
        <translation>Guardar parámetros de OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="699"/>
        <location filename="../../ui/screens/customizer.py" line="705"/>
        <source>Parameter sets (*.json)</source>
        <translation>Conjuntos de parámetros (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="704"/>
        <source>Load OpenSCAD parameter set</source>
        <translation>Cargar parámetros de OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="721"/>
        <source>{title} by {author}, licence {licence}. {attribution}</source>
        <translation>{title} de {author}, licencia {licence}. {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="723"/>
        <location filename="../../ui/screens/customizer.py" line="729"/>
        <source>Licence: {notice}</source>
        <translation>Licencia: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="731"/>
        <source>Design licence</source>
        <translation>Licencia del diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="743"/>
        <source>Fit #{id}: {style}</source>
        <translation>Ajuste n.º {id}: {style}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="794"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="795"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

¿Ha aceptado el autor esta venta?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="792"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>No se ha puesto en la cola: desmarque «se venden» para imprimirlas como regalo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="784"/>
        <source>Queueing the frames</source>
        <translation>Poniendo las monturas en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="595"/>
        <source>Slice these values and queue them, for a customer or the lab&apos;s stock. Save as fit first to keep a customer&apos;s frames with their measurements.</source>
        <translation>Lamine estos valores y póngalos en la cola, para un cliente o las existencias del taller. Guarde antes como ajuste para conservar las monturas de un cliente con sus medidas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="799"/>
        <source>Queued job #{job} for the customer ({licence}).</source>
        <translation>Trabajo n.º {job} puesto en la cola para el cliente ({licence}).</translation>
    </message>
</context>
<context>
    <name>DesignDetailsDialog</name>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="36"/>
        <source>Details of {title}</source>
        <translation>Detalles de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="42"/>
        <source>Whom to credit</source>
        <translation>A quién citar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="55"/>
        <source>https://… or where the files came from</source>
        <translation>https://… o de dónde vienen los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="57"/>
        <source>Notes shown with the design</source>
        <translation>Notas que se muestran con el diseño</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="62"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="63"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="65"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="66"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="73"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="101"/>
        <source>Nobody has said what is allowed: ask the author before printing copies for others.</source>
        <translation>Nadie ha dicho qué está permitido: pregunte al autor antes de imprimir copias para otros.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="103"/>
        <source>Only the author may allow copies: ask before printing for others.</source>
        <translation>Solo el autor puede permitir copias: pregunte antes de imprimir para otros.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="105"/>
        <source>Anyone may print, change and sell it, with no conditions.</source>
        <translation>Cualquiera puede imprimirlo, modificarlo y venderlo, sin condiciones.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="107"/>
        <source>Prints may be made and given away, crediting the author, but not sold without the author&apos;s permission.</source>
        <translation>Se pueden hacer y regalar impresiones citando al autor, pero no venderlas sin su permiso.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="110"/>
        <source>Prints may be made, given away and sold, crediting the author.</source>
        <translation>Se pueden hacer, regalar y vender impresiones citando al autor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="113"/>
        <source>Changed versions must be shared under the same licence.</source>
        <translation>Las versiones modificadas deben compartirse con la misma licencia.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="115"/>
        <source>Changed versions may not be shared.</source>
        <translation>Las versiones modificadas no se pueden compartir.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="127"/>
        <source>Saving the design&apos;s details</source>
        <translation>Guardando los detalles del diseño</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="146"/>
        <source>This design comes with Heliofab and its details cannot be changed: import your own copy of the files to give it other details.</source>
        <translation>Este diseño viene con Heliofab y sus detalles no se pueden cambiar: importe su propia copia de los archivos para darle otros detalles.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="148"/>
        <source>Give the design a name.</source>
        <translation>Dé un nombre al diseño.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="149"/>
        <source>The name is too long: shorten it to 200 characters at most.</source>
        <translation>El nombre es demasiado largo: acórtelo a 200 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="150"/>
        <source>Choose a licence from the list.</source>
        <translation>Elija una licencia de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="151"/>
        <source>The licence {licence} asks that the author be credited: type the author&apos;s name.</source>
        <translation>La licencia {licence} pide citar al autor: escriba el nombre del autor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="153"/>
        <source>The author&apos;s name is too long: shorten it to 200 characters at most.</source>
        <translation>El nombre del autor es demasiado largo: acórtelo a 200 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="155"/>
        <source>The source is not a whole web address: type it as https://… or say in a few words where the files came from.</source>
        <translation>La fuente no es una dirección web completa: escríbala como https://… o diga en pocas palabras de dónde vienen los archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="157"/>
        <source>The notes are too long: shorten them to 4000 characters at most.</source>
        <translation>Las notas son demasiado largas: acórtelas a 4000 caracteres como máximo.</translation>
    </message>
</context>
<context>
    <name>DesignSlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="59"/>
        <source>Slice &amp; queue: {title}</source>
        <translation>Laminar y poner en cola: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="68"/>
        <source>No customer (the lab&apos;s own stock)</source>
        <translation>Sin cliente (existencias del taller)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="69"/>
        <source>This print is sold (not a gift or personal use)</source>
        <translation>Esta impresión se vende (no es un regalo ni para uso personal)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="77"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="102"/>
        <source>Loading customers</source>
        <translation>Cargando clientes</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="111"/>
        <source>Licence: {notice}</source>
        <translation>Licencia: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="131"/>
        <source>Reading the design&apos;s parts…</source>
        <translation>Leyendo las piezas del diseño…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="132"/>
        <source>Reading {title}</source>
        <translation>Leyendo {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="161"/>
        <source>Adding to the queue…</source>
        <translation>Añadiendo a la cola…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="162"/>
        <source>Queueing {id}</source>
        <translation>Poniendo {id} en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="172"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="173"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

¿Ha aceptado el autor esta venta?</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="170"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>No se ha puesto en la cola: desmarque «se vende» para imprimirla como regalo.</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="122"/>
        <source>peak {0:.0f} W</source>
        <translation>pico {0:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/preview.py" line="127"/>
        <source>{0:.0f} min</source>
        <translation>{0:.0f} min</translation>
    </message>
</context>
<context>
    <name>EnergyScreen</name>
    <message>
        <location filename="../../ui/screens/energy.py" line="90"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="105"/>
        <source>Sun now</source>
        <translation>Sol ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="106"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="107"/>
        <source>Usable above reserve</source>
        <translation>Utilizable sobre la reserva</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="108"/>
        <source>Expected next 24 h</source>
        <translation>Previsto en 24 h</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="112"/>
        <source>No readings yet: connect the charge controller or enter a reading by hand.</source>
        <translation>Todavía no hay lecturas: conecte el regulador de carga o introduzca una lectura a mano.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="133"/>
        <location filename="../../ui/screens/energy.py" line="218"/>
        <source>PV power</source>
        <translation>Potencia FV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="134"/>
        <source>hours from now</source>
        <translation>horas desde ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="137"/>
        <source>clear sky</source>
        <translation>cielo despejado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="138"/>
        <source>expected</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="139"/>
        <source>cautious</source>
        <translation>prudente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="102"/>
        <source>Site, panels and battery</source>
        <translation>Lugar, paneles y batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="50"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="51"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="52"/>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="53"/>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="54"/>
        <source>Panel tilt</source>
        <translation>Inclinación de los paneles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="55"/>
        <source>Panel azimuth (180 = south)</source>
        <translation>Azimut de los paneles (180 = sur)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="56"/>
        <source>System losses</source>
        <translation>Pérdidas del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="57"/>
        <source>Battery capacity</source>
        <translation>Capacidad de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="58"/>
        <source>Battery reserve</source>
        <translation>Reserva de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="59"/>
        <source>Battery voltage</source>
        <translation>Tensión de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="60"/>
        <source>Charge efficiency</source>
        <translation>Rendimiento de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="61"/>
        <source>Discharge efficiency</source>
        <translation>Rendimiento de descarga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="62"/>
        <source>Always-on load</source>
        <translation>Consumo permanente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="63"/>
        <source>Evening lights</source>
        <translation>Luces de la tarde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="64"/>
        <source>Lights from</source>
        <translation>Luces desde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="65"/>
        <source>Lights until</source>
        <translation>Luces hasta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="66"/>
        <source>Staffed from</source>
        <translation>Personal desde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="67"/>
        <source>Staffed until</source>
        <translation>Personal hasta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="101"/>
        <source>Now and forecast</source>
        <translation>Ahora y previsión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="152"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="159"/>
        <source>Battery type</source>
        <translation>Tipo de batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="161"/>
        <source>Save site</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="173"/>
        <source>Charge controller</source>
        <translation>Regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="177"/>
        <source>Victron VE.Direct</source>
        <translation>Victron VE.Direct</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="178"/>
        <source>Renogy / SRNE (Modbus)</source>
        <translation>Renogy / SRNE (Modbus)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="179"/>
        <source>EPEver Tracer (Modbus)</source>
        <translation>EPEver Tracer (Modbus)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="182"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="186"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="188"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="190"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="192"/>
        <source>Demo: simulated controller</source>
        <translation>Demo: regulador simulado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="197"/>
        <location filename="../../ui/screens/energy.py" line="294"/>
        <location filename="../../ui/screens/energy.py" line="348"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="203"/>
        <source>Enter a reading by hand</source>
        <translation>Introducir una lectura a mano</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="216"/>
        <source>State of charge</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="217"/>
        <source>Battery voltage (0: not measured)</source>
        <translation>Tensión de batería (0: sin medir)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="219"/>
        <source>Store reading</source>
        <translation>Guardar la lectura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="252"/>
        <source>Saving the place</source>
        <translation>Guardando el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="262"/>
        <source>The place could not be saved: {0}</source>
        <translation>No se pudo guardar el lugar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="266"/>
        <source>Saved. The queue is planned with these values from now on.</source>
        <translation>Guardado. La cola se planifica con estos valores a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="272"/>
        <source>Updating the energy forecast</source>
        <translation>Actualizando la previsión de energía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="285"/>
        <source>reserve {0:.0f} %; {1}</source>
        <translation>reserva {0:.0f} %; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="290"/>
        <source>median of this site&apos;s own weather</source>
        <translation>mediana del clima de este lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="296"/>
        <source>Listening to the {0} controller.</source>
        <translation>Escuchando el regulador {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="297"/>
        <source>charge</source>
        <translation>de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="300"/>
        <source>No fresh reading: the planner assumes the battery is draining and plans cautiously.</source>
        <translation>No hay lectura reciente: el planificador supone que la batería se descarga y planifica con prudencia.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="305"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="306"/>
        <source>stage: {0}</source>
        <translation>fase: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="311"/>
        <source>Last reading {0:%H:%M:%S} UTC from {1}.</source>
        <translation>Última lectura {0:%H:%M:%S} UTC desde {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="326"/>
        <source>Enter the port first (see `heliofab doctor` for the list).</source>
        <translation>Indique primero el puerto (vea `heliofab doctor` para la lista).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="329"/>
        <source>Listening on {0}…</source>
        <translation>Escuchando en {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="335"/>
        <source>Connecting the charge controller</source>
        <translation>Conectando el regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="354"/>
        <source>Demo: a simulated VE.Direct controller on {0}.</source>
        <translation>Demo: un regulador VE.Direct simulado en {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="362"/>
        <source>Storing the reading</source>
        <translation>Guardando la lectura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="371"/>
        <source>Stored.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>FailureDialogs</name>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="48"/>
        <source>Heliofab could not start</source>
        <translation>Heliofab no pudo iniciarse</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="55"/>
        <source>No log file could be written: the data folder may be read-only or full.</source>
        <translation>No se pudo escribir ningún archivo de registro: la carpeta de datos puede ser de solo lectura o estar llena.</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="57"/>
        <source>The details are in the log:
{0}</source>
        <translation>Los detalles están en el registro:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="98"/>
        <source>Heliofab: something went wrong</source>
        <translation>Heliofab: algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="99"/>
        <source>Something went wrong: {0}</source>
        <translation>Algo ha fallado: {0}</translation>
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
        <location filename="../../ui/first_run.py" line="65"/>
        <source>e.g. Tamale fab lab</source>
        <translation>p. ej. Fab lab de Tamale</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72"/>
        <source>Costs of prints are shown in it. The town you pick next sets its country&apos;s currency; change it here or on the Settings screen.</source>
        <translation>Los costes de las impresiones se muestran en ella. La ciudad que elija después pone la de su país; cámbiela aquí o en la pantalla Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>Language and lab name</source>
        <translation>Idioma y nombre del taller</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>Choose the language of Heliofab&apos;s screens. Other labs see the lab&apos;s name on the catalogues it sends them.</source>
        <translation>Elija el idioma de las pantallas de Heliofab. Otros talleres ven el nombre del taller en los catálogos que les envía.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Lab name</source>
        <translation>Nombre del taller</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Type to find a town…</source>
        <translation>Escriba para buscar una ciudad…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Where is the lab?</source>
        <translation>¿Dónde está el taller?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Pick the nearest town, or type the coordinates. The sun&apos;s path is computed from them.</source>
        <translation>Elija la ciudad más cercana o escriba las coordenadas. El recorrido del sol se calcula a partir de ellas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Panels and battery</source>
        <translation>Paneles y batería</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. The reserve is never used for printing, so the lights still work at night.</source>
        <translation>Sume los vatios indicados en cada panel. Los vatios-hora de la batería son voltios × amperios-hora. La reserva nunca se usa para imprimir, así que las luces siguen funcionando de noche.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel power</source>
        <translation>Potencia de los paneles</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel tilt</source>
        <translation>Inclinación de los paneles</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>Panel direction (0 north, 180 south)</source>
        <translation>Orientación de los paneles (0 norte, 180 sur)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery capacity</source>
        <translation>Capacidad de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery reserve</source>
        <translation>Reserva de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>e.g. /dev/ttyUSB0 or COM3; leave empty to choose later</source>
        <translation>p. ej. /dev/ttyUSB0 o COM3; déjelo vacío para elegir más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="132"/>
        <source>Printing and the queue use the printer on this port; change it on the Settings screen.</source>
        <translation>La impresión y la cola usan la impresora en este puerto; cámbielo en la pantalla Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="136"/>
        <source>Which printer does the lab have? Its size, temperatures and power use come from this choice.</source>
        <translation>¿Qué impresora tiene el taller? Su tamaño, sus temperaturas y su consumo dependen de esta elección.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>Printer model</source>
        <translation>Modelo de impresora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>USB port</source>
        <translation>Puerto USB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191"/>
        <source>Pick the nearest town in the list, or type the lab&apos;s latitude and longitude: 0° / 0° is in the sea.</source>
        <translation>Elija la ciudad más cercana en la lista, o escriba la latitud y la longitud del taller: 0° / 0° está en el mar.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="197"/>
        <source>Custom location</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>The printer was not added</source>
        <translation>No se añadió la impresora</translation>
    </message>
</context>
<context>
    <name>FitReprinter</name>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="37"/>
        <source>Making fit #{id} again from its saved values…</source>
        <translation>Rehaciendo el ajuste n.º {id} con sus valores guardados…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="41"/>
        <source>Fit #{id} again: {style} for {code}</source>
        <translation>Ajuste n.º {id} de nuevo: {style} para {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="51"/>
        <source>The style changed since fit #{id} was saved: check it on the paper template before printing.</source>
        <translation>El estilo cambió desde que se guardó el ajuste n.º {id}: compruébelo en la plantilla de papel antes de imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="55"/>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="73"/>
        <source>Queued job #{job} for fit #{id} ({licence}).</source>
        <translation>Trabajo n.º {job} en la cola para el ajuste n.º {id} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="77"/>
        <source>Queueing the frames</source>
        <translation>Poniendo las monturas en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="84"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>No se ha puesto en la cola: desmarque «se venden» para imprimirlas como regalo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="86"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="87"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

¿Ha aceptado el autor esta venta?</translation>
    </message>
</context>
<context>
    <name>FittingFields</name>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="46"/>
        <source>&apos;{text}&apos; is not a number: type digits like 63.5.</source>
        <translation>«{text}» no es un número: escriba cifras como 63,5.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="75"/>
        <source>The photo cannot be decoded: use a PNG or JPEG file.</source>
        <translation>La foto no se puede leer: use un archivo PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>FittingScreen</name>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="54"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clientes y ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="63"/>
        <source>No customer chosen</source>
        <translation>Ningún cliente elegido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="65"/>
        <source>Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only.</source>
        <translation>Los clientes, sus medidas (distancia pupilar, ancho de cabeza) y sus ajustes guardados se quedan solo en este portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="68"/>
        <source>Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card.</source>
        <translation>Pulse Ctrl+N para añadir un cliente y luego mida su DP con una regla o con una foto con una tarjeta bancaria.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="76"/>
        <source>&amp;1 Customer</source>
        <translation>&amp;1 Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="77"/>
        <source>&amp;2 Measure PD</source>
        <translation>&amp;2 Medir la DP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="78"/>
        <source>&amp;3 Suggest sizes</source>
        <translation>&amp;3 Sugerir tallas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="79"/>
        <source>&amp;4 Lens stock</source>
        <translation>&amp;4 Existencias de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="140"/>
        <location filename="../../ui/screens/fitting/screen.py" line="148"/>
        <source>Load customers</source>
        <translation>Cargando clientes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="158"/>
        <source>Open customer</source>
        <translation>Abriendo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="194"/>
        <source>New customer: type a name or a code, then Enter.</source>
        <translation>Nuevo cliente: escriba un nombre o un código y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="228"/>
        <source>For {customer}: not saved as a fit yet</source>
        <translation>Para {customer}: aún no guardado como ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="230"/>
        <source>Fit #{id} for {customer} (saved {date})</source>
        <translation>Ajuste n.º {id} para {customer} (guardado el {date})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="260"/>
        <source>Saved fit #{id} for {code}.</source>
        <translation>Ajuste n.º {id} guardado para {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="270"/>
        <source>Save fit</source>
        <translation>Guardar ajuste</translation>
    </message>
</context>
<context>
    <name>FramePreviewWidget</name>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="82"/>
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
    <name>JobTermsEditor</name>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="26"/>
        <source>Higher prints first (-100 to 100).</source>
        <translation>La más alta se imprime primero (-100 a 100).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="27"/>
        <source>Needed by</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="29"/>
        <source>The planner fits the print in before this time, or says why it can&apos;t.</source>
        <translation>El planificador coloca la impresión antes de esta hora, o dice por qué no puede.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="36"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>JogPad</name>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="40"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home all</source>
        <translation>Origen de todos los ejes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home every axis (G28)</source>
        <translation>Llevar todos los ejes al origen (G28)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>⌂ X/Y</source>
        <translation>⌂ X/Y</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>Home X and Y (G28 X Y)</source>
        <translation>Llevar X e Y al origen (G28 X Y)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>⌂ Z</source>
        <translation>⌂ Z</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>Home Z (G28 Z)</source>
        <translation>Llevar Z al origen (G28 Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="61"/>
        <source>Raise the nozzle (Z up) by the step</source>
        <translation>Subir la boquilla (Z+) un paso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="62"/>
        <source>Lower the nozzle (Z down) by the step</source>
        <translation>Bajar la boquilla (Z−) un paso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="63"/>
        <source>Move {axis} by the step</source>
        <translation>Mover {axis} un paso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="76"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="82"/>
        <source>Move {step} mm per press</source>
        <translation>{step} mm por pulsación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="87"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="96"/>
        <source>{length} mm</source>
        <translation>{length} mm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="98"/>
        <source>How much filament to push or pull back</source>
        <translation>Cuánto filamento empujar o retirar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Extrude</source>
        <translation>Extruir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Push filament through the hot nozzle</source>
        <translation>Empujar el filamento por la boquilla caliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Retract</source>
        <translation>Retraer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Pull filament back out of the hot nozzle</source>
        <translation>Sacar el filamento de la boquilla caliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="103"/>
        <source>Filament</source>
        <translation>Filamento</translation>
    </message>
</context>
<context>
    <name>KeyPassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="25"/>
        <source>Protect the lab&apos;s signing key</source>
        <translation>Proteger la clave de firma del taller</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="30"/>
        <source>The backup can carry this lab&apos;s signing key, which other labs use to trust your catalogues. Choose a passphrase to encrypt it: restoring the backup will ask for it.</source>
        <translation>La copia de seguridad puede llevar la clave de firma de este taller, con la que otros talleres confían en sus catálogos. Elija una frase de contraseña para cifrarla: se le pedirá al restaurar la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="42"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="43"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="46"/>
        <source>Leave the signing key out of the backup (move it by hand later)</source>
        <translation>Hacer la copia sin la clave de firma (moverla a mano más tarde)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="55"/>
        <source>Back up</source>
        <translation>Hacer la copia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="82"/>
        <source>Use at least {count} characters.</source>
        <translation>Use al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="84"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>LayerPreview</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="71"/>
        <source>Slice to see the layers here.</source>
        <translation>Lamine para ver las capas aquí.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clientes y ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Customizer</source>
        <translation>Personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Print Queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Lab report</source>
        <translation>Informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Heliofab</source>
        <translation>Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Help (F1)</source>
        <translation>Ayuda (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Printer: not connected</source>
        <translation>Impresora: no conectada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Battery: no reading</source>
        <translation>Batería: sin lectura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Saved for the next start: this window keeps its language because Heliofab was started with --language (or HELIOFAB_LANG).</source>
        <translation>Guardado para el próximo inicio: esta ventana conserva su idioma porque Heliofab se inició con --language (o HELIOFAB_LANG).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The other screens change language when Heliofab is started again.</source>
        <translation>Las demás pantallas cambian de idioma la próxima vez que se inicie Heliofab.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Printer: printing {job} {pct:.0f} %</source>
        <translation>Impresora: imprimiendo {job} {pct:.0f} %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Printer: {state}</source>
        <translation>Impresora: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source> (+{n} more)</source>
        <translation> (+{n} más)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>, sun {w:.0f} W</source>
        <translation>, sol {w:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source> (old reading)</source>
        <translation> (lectura antigua)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Battery: {soc:.0f} %{pv}{stale}</source>
        <translation>Batería: {soc:.0f} %{pv}{stale}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>A print is running</source>
        <translation>Hay una impresión en curso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>A print is running on {ports}. Quitting stops it.</source>
        <translation>Hay una impresión en curso en {ports}. Salir la detiene.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Keep printing leaves Heliofab open so the print goes on. Stop the print lets the moves already sent finish, moves the nozzle off the part, switches the heaters off, then quits.</source>
        <translation>Seguir imprimiendo deja Heliofab abierto y la impresión continúa. Detener la impresión deja terminar los movimientos ya enviados, aparta la boquilla de la pieza, apaga los calentadores y luego sale.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Keep printing</source>
        <translation>Seguir imprimiendo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Stop the print and quit</source>
        <translation>Detener la impresión y salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Stopping the print: parking and switching the heaters off…</source>
        <translation>Deteniendo la impresión: apartando la boquilla y apagando los calentadores…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Stopping the print</source>
        <translation>Deteniendo la impresión</translation>
    </message>
</context>
<context>
    <name>MaterialProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="70"/>
        <source>Hotend</source>
        <translation>Boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="71"/>
        <source>Hotend, first layer</source>
        <translation>Boquilla, 1.ª capa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="72"/>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="73"/>
        <source>Bed, first layer</source>
        <translation>Cama, 1.ª capa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="74"/>
        <source>Part fan</source>
        <translation>Ventilador de pieza</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="75"/>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="76"/>
        <source>Price per kg</source>
        <translation>Precio por kg</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="188"/>
        <source>Material: {0}</source>
        <translation>Material: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="193"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="219"/>
        <source>Saving material</source>
        <translation>Guardando el material</translation>
    </message>
</context>
<context>
    <name>MeasureTab</name>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="25"/>
        <source>Ruler and face measures</source>
        <translation>Regla y medidas de la cara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="27"/>
        <source>e.g. 63</source>
        <translation>p. ej. 63</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="28"/>
        <source>from far</source>
        <translation>de lejos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="29"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="30"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="31"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="32"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="33"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="34"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="35"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="36"/>
        <source>D, optional</source>
        <translation>D, opcional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="38"/>
        <source>&amp;Far PD (mm)</source>
        <translation>DP de &amp;lejos (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="39"/>
        <source>Near PD (mm)</source>
        <translation>DP de cerca (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="40"/>
        <source>Right eye PD (mm)</source>
        <translation>DP ojo derecho (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="41"/>
        <source>Left eye PD (mm)</source>
        <translation>DP ojo izquierdo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="42"/>
        <source>&amp;Head width (mm)</source>
        <translation>Ancho de &amp;cabeza (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="43"/>
        <source>Front to bend (mm)</source>
        <translation>Frente hasta la curva (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="44"/>
        <source>Nose width 10 mm below crest (mm)</source>
        <translation>Ancho nariz 10 mm bajo caballete (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="45"/>
        <source>Nose width 15 mm below crest (mm)</source>
        <translation>Ancho nariz 15 mm bajo caballete (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="46"/>
        <source>Right lens power (D)</source>
        <translation>Potencia lente derecha (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="47"/>
        <source>Left lens power (D)</source>
        <translation>Potencia lente izquierda (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="52"/>
        <source>Save measurement (Enter)</source>
        <translation>Guardar la medida (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="84"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Guarde primero el cliente (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="114"/>
        <source>Measurement saved.</source>
        <translation>Medida guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="118"/>
        <source>Save measurement</source>
        <translation>Guardar medida</translation>
    </message>
</context>
<context>
    <name>PhotoClickView</name>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="89"/>
        <source>card 1</source>
        <translation>tarjeta 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="90"/>
        <source>card 2</source>
        <translation>tarjeta 2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="91"/>
        <source>card 3</source>
        <translation>tarjeta 3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="92"/>
        <source>card 4</source>
        <translation>tarjeta 4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="93"/>
        <source>pupil (image left)</source>
        <translation>pupila (izquierda de la imagen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="94"/>
        <source>pupil (image right)</source>
        <translation>pupila (derecha de la imagen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="95"/>
        <source>nose</source>
        <translation>nariz</translation>
    </message>
</context>
<context>
    <name>PhotoPdPanel</name>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="47"/>
        <source>PD from a photo with a bank card</source>
        <translation>DP a partir de una foto con tarjeta bancaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="54"/>
        <source>Open photo…</source>
        <translation>Abrir foto…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="60"/>
        <source> cm to camera</source>
        <translation> cm a la cámara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="61"/>
        <source>Mirror image</source>
        <translation>Imagen en espejo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="62"/>
        <source>Add reading</source>
        <translation>Añadir lectura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="64"/>
        <source>Clear points</source>
        <translation>Borrar puntos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="70"/>
        <source>Zoom out (− key or mouse wheel)</source>
        <translation>Alejar (tecla − o rueda del ratón)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="72"/>
        <source>Zoom in (+ key or mouse wheel)</source>
        <translation>Acercar (tecla + o rueda del ratón)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="73"/>
        <source>Fit</source>
        <translation>Foto entera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="74"/>
        <source>Show the whole photo (0 key)</source>
        <translation>Mostrar toda la foto (tecla 0)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="94"/>
        <source>Mouse wheel or + −: zoom where the cursor is. Middle button or Shift+drag: move the photo. Drag a point to adjust it, right-click it to remove it.</source>
        <translation>Rueda del ratón o + −: acercar donde está el cursor. Botón central o Mayús+arrastrar: mover la foto. Arrastre un punto para ajustarlo, clic derecho para quitarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="104"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="229"/>
        <source>No readings yet: up to three photos are averaged.</source>
        <translation>Todavía no hay lecturas: se promedian hasta tres fotos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="111"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="247"/>
        <source>Save photo PD</source>
        <translation>Guardar DP de la foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="113"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Open a photo with a bank card</source>
        <translation>Abrir una foto con tarjeta bancaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="143"/>
        <source>Open photo</source>
        <translation>Abrir foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="146"/>
        <source>Open a photo taken from about 1 m, card flat on the brow, long edge level.</source>
        <translation>Abra una foto tomada a aproximadamente 1 m, con la tarjeta plana sobre la frente y el lado largo horizontal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="162"/>
        <source>Click the card&apos;s top-left corner.</source>
        <translation>Haga clic en la esquina superior izquierda de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="163"/>
        <source>Click the card&apos;s top-right corner.</source>
        <translation>Haga clic en la esquina superior derecha de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="164"/>
        <source>Click the card&apos;s bottom-right corner.</source>
        <translation>Haga clic en la esquina inferior derecha de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="165"/>
        <source>Click the card&apos;s bottom-left corner.</source>
        <translation>Haga clic en la esquina inferior izquierda de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="166"/>
        <source>Click the pupil on the image&apos;s left (the customer&apos;s right eye).</source>
        <translation>Haga clic en la pupila de la izquierda de la imagen (el ojo derecho del cliente).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="167"/>
        <source>Click the pupil on the image&apos;s right (the customer&apos;s left eye).</source>
        <translation>Haga clic en la pupila de la derecha de la imagen (el ojo izquierdo del cliente).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="168"/>
        <source>Optional: click the bridge of the nose for true monocular PDs, or Add reading.</source>
        <translation>Opcional: haga clic en el puente de la nariz para obtener DP monoculares reales, o en Añadir lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="158"/>
        <source>All points placed: drag to adjust, then Add reading.</source>
        <translation>Todos los puntos colocados: arrástrelos para ajustar y luego Añadir lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="205"/>
        <source>Reading {n} added: open the next photo, or save.</source>
        <translation>Lectura {n} añadida: abra la siguiente foto o guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="209"/>
        <source>{n} reading(s), spread {spread:.1f} mm</source>
        <translation>{n} lectura(s), dispersión {spread:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="210"/>
        <source>Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>DP de lejos {far:.1f} mm (derecho {r:.1f} / izquierdo {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="213"/>
        <source>Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>DP de cerca {near:.1f} mm (derecho {r:.1f} / izquierdo {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="219"/>
        <source>Monocular PDs are halves: click the nose bridge to measure them.</source>
        <translation>Las DP monoculares son mitades: haga clic en el puente de la nariz para medirlas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="233"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Guarde primero el cliente (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="243"/>
        <source>Photo PD saved.</source>
        <translation>DP de la foto guardada.</translation>
    </message>
</context>
<context>
    <name>PrintFaults</name>
    <message>
        <location filename="../../ui/print_faults.py" line="16"/>
        <source>Paused, parked, heaters off: the disk of the data folder is full, so the print&apos;s progress can&apos;t be saved. Free some space on it, then press Resume.</source>
        <translation>En pausa, boquilla apartada, calentadores apagados: el disco de la carpeta de datos está lleno, así que no se puede guardar el progreso de la impresión. Libere espacio en él y pulse Reanudar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="22"/>
        <source>Paused, parked, heaters off: another program holds Heliofab&apos;s database locked, so the print&apos;s progress can&apos;t be saved. Close that program (a second Heliofab, a backup tool), then press Resume.</source>
        <translation>En pausa, boquilla apartada, calentadores apagados: otro programa tiene bloqueada la base de datos de Heliofab, así que no se puede guardar el progreso de la impresión. Cierre ese programa (un segundo Heliofab, una herramienta de copias de seguridad) y pulse Reanudar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="28"/>
        <source>Paused, parked, heaters off: the disk of the data folder refused to write (a pulled stick, a failing or read-only disk), so the print&apos;s progress can&apos;t be saved. Check the disk, then press Resume.</source>
        <translation>En pausa, boquilla apartada, calentadores apagados: el disco de la carpeta de datos rechazó la escritura (memoria retirada, disco averiado o de solo lectura), así que no se puede guardar el progreso de la impresión. Compruebe el disco y pulse Reanudar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="33"/>
        <source>Paused, parked, heaters off: {reason}. Press Resume when it is fixed.</source>
        <translation>En pausa, boquilla apartada, calentadores apagados: {reason}. Pulse Reanudar cuando esté resuelto.</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="33"/>
        <source>Bed width</source>
        <translation>Ancho de la cama</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="34"/>
        <source>Bed depth</source>
        <translation>Fondo de la cama</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="35"/>
        <source>Build height</source>
        <translation>Altura de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="36"/>
        <source>Nozzle</source>
        <translation>Diámetro de boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="37"/>
        <source>Filament</source>
        <translation>Filamento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="38"/>
        <source>Max hotend</source>
        <translation>Boquilla máx.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="39"/>
        <source>Max bed</source>
        <translation>Cama máx.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="40"/>
        <source>Standard layer</source>
        <translation>Capa estándar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="41"/>
        <source>Reaches X down to</source>
        <translation>X llega hasta</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="42"/>
        <source>Reaches Y down to</source>
        <translation>Y llega hasta</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="45"/>
        <source>Perimeters</source>
        <translation>Perímetros</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="46"/>
        <source>Outer perimeter</source>
        <translation>Perímetro exterior</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="47"/>
        <source>Infill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="48"/>
        <source>Solid infill</source>
        <translation>Relleno sólido</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="49"/>
        <source>First layer</source>
        <translation>Primera capa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="50"/>
        <source>Travel</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="51"/>
        <source>Retraction</source>
        <translation>Retracción</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="52"/>
        <source>Retraction speed</source>
        <translation>Velocidad de retracción</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="55"/>
        <source>Print acceleration</source>
        <translation>Aceleración de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="56"/>
        <source>Travel acceleration</source>
        <translation>Aceleración de desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="57"/>
        <source>Jerk X</source>
        <translation>Jerk X</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="58"/>
        <source>Jerk Y</source>
        <translation>Jerk Y</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="61"/>
        <source>Idle</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="62"/>
        <source>Hotend heating</source>
        <translation>Calentamiento de la boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="63"/>
        <source>Bed heating</source>
        <translation>Calentamiento de la cama</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="64"/>
        <source>Printing, bed on</source>
        <translation>Imprimiendo, cama encendida</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="65"/>
        <source>Printing, bed off</source>
        <translation>Imprimiendo, cama apagada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="66"/>
        <source>Hotend heats at</source>
        <translation>La boquilla calienta a</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="67"/>
        <source>Bed heats at</source>
        <translation>La cama calienta a</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="87"/>
        <source>Printer profile: {0}</source>
        <translation>Perfil de impresora: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="90"/>
        <source>Heated bed</source>
        <translation>Cama caliente</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="95"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="97"/>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="98"/>
        <source>Speeds</source>
        <translation>Velocidades</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="99"/>
        <source>Motion limits</source>
        <translation>Límites de movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="100"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="104"/>
        <source>Start G-code</source>
        <translation>G-code inicial</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="105"/>
        <source>End G-code</source>
        <translation>G-code final</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="106"/>
        <source>G-code</source>
        <translation>G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="111"/>
        <source>Shipped values</source>
        <translation>Valores de fábrica</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="151"/>
        <source>Saving profile</source>
        <translation>Guardando el perfil</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="163"/>
        <source>Resetting profile</source>
        <translation>Restableciendo el perfil</translation>
    </message>
</context>
<context>
    <name>PrinterTerminal</name>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="47"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="57"/>
        <source>Hide temperature reports</source>
        <translation>Ocultar temperaturas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="60"/>
        <source>Also hides the printer&apos;s &quot;wait&quot; and &quot;busy: processing&quot; lines and the M105 polls.</source>
        <translation>También oculta las líneas «wait» y «busy: processing» de la impresora y las consultas M105.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="65"/>
        <source>G-code, e.g. M114</source>
        <translation>G-code, p. ej. M114</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="66"/>
        <source>Enter sends the command; the up and down arrows bring back earlier ones.</source>
        <translation>Intro envía la orden; las flechas arriba y abajo recuperan las anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="69"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <location filename="../../ui/screens/printers.py" line="65"/>
        <location filename="../../ui/screens/printers.py" line="593"/>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="80"/>
        <source>No printer connected</source>
        <translation>Ninguna impresora conectada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="81"/>
        <source>Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss.</source>
        <translation>Las impresoras USB se controlan directamente desde este portátil, con recuperación si se desconecta el cable o se corta la luz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="83"/>
        <source>Plug a printer in, pick its port above and press Connect, or start the simulated printer to try things out.</source>
        <translation>Conecte una impresora, elija su puerto arriba y pulse Conectar, o inicie la impresora simulada para probar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="111"/>
        <source>Press Rescan ports, or type a port</source>
        <translation>Pulse Buscar puertos o escriba un puerto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="112"/>
        <source>Show all ports</source>
        <translation>Todos los puertos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="113"/>
        <source>Also list serial ports with no device behind them, such as the computer&apos;s own /dev/ttyS0 or COM1.</source>
        <translation>Mostrar también los puertos serie sin ningún aparato conectado, como el /dev/ttyS0 o el COM1 del propio ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="118"/>
        <source>Rescan ports</source>
        <translation>Buscar puertos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="119"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="121"/>
        <source>Close the connection to the printer shown below</source>
        <translation>Cerrar la conexión con la impresora que se muestra debajo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="122"/>
        <source>Start simulated printer</source>
        <translation>Iniciar impresora simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="127"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="127"/>
        <source>Baud</source>
        <translation>Baudios</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>hotend</source>
        <translation>boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="196"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="199"/>
        <source>No job running.</source>
        <translation>Ningún trabajo en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="206"/>
        <source>Print file…</source>
        <translation>Imprimir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="207"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="208"/>
        <source>Pause at next layer</source>
        <translation>Pausa en la siguiente capa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="209"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="211"/>
        <source>Emergency stop</source>
        <translation>Parada de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="120"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="242"/>
        <source>Interrupted jobs</source>
        <translation>Trabajos interrumpidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Stopped at line</source>
        <translation>Línea de parada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="259"/>
        <source>Resume on its printer</source>
        <translation>Reanudar en su impresora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>serial port</source>
        <translation>puerto serie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="275"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="275"/>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>simulated</source>
        <translation>simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>USB serial device</source>
        <translation>Dispositivo serie USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="278"/>
        <source>Bluetooth serial port</source>
        <translation>Puerto serie Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="279"/>
        <source>Virtual serial port</source>
        <translation>Puerto serie virtual</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="280"/>
        <source>Network serial port</source>
        <translation>Puerto serie de red</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="281"/>
        <source>Simulated printer</source>
        <translation>Impresora simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="317"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="353"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="385"/>
        <source>A job is printing: pause it to move the head, load filament or send commands.</source>
        <translation>Se está imprimiendo un trabajo: póngalo en pausa para mover el cabezal, cargar filamento o enviar órdenes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="386"/>
        <source>The printer is {state}: reconnect it to control it by hand.</source>
        <translation>La impresora está {state}: vuelva a conectarla para manejarla a mano.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="422"/>
        <source>Looking for printers</source>
        <translation>Buscando impresoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="451"/>
        <source>USB id</source>
        <translation>Identificador USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>Reading material profiles</source>
        <translation>Leyendo los perfiles de material</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="524"/>
        <source>The hotend has not reported its temperature yet: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>La boquilla aún no ha indicado su temperatura: caliéntela al menos a {min} °C antes de extruir o retraer (Marlin se niega a mover filamento por una boquilla fría).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="527"/>
        <source>The hotend is at {now} °C: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>La boquilla está a {now} °C: caliéntela al menos a {min} °C antes de extruir o retraer (Marlin se niega a mover filamento por una boquilla fría).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="574"/>
        <source>Pick the interrupted job to resume first.</source>
        <translation>Elija primero el trabajo interrumpido que reanudar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="260"/>
        <source>Abandon</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="333"/>
        <source>{port}: {state} — {firmware}. {message}</source>
        <translation>{port}: {state} — {firmware}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="335"/>
        <source>unknown firmware</source>
        <translation>firmware desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="346"/>
        <source>The printer asks: {text}</source>
        <translation>La impresora pregunta: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="347"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="351"/>
        <source>Job {id}: {name}</source>
        <translation>Trabajo {id}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="355"/>
        <source>Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left</source>
        <translation>Línea {line} de {total} · capa {layer} · {elapsed} transcurrido · {left} restante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="361"/>
        <source>No job running. Print a checked G-code file, or dispatch one from the queue.</source>
        <translation>Ningún trabajo en curso. Imprima un archivo G-code comprobado o envíe uno desde la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="392"/>
        <source>Reading interrupted jobs</source>
        <translation>Leyendo los trabajos interrumpidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="400"/>
        <source>{z:.2f} mm (layer {layer})</source>
        <translation>{z:.2f} mm (capa {layer})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="402"/>
        <source>{port} (not plugged in)</source>
        <translation>{port} (no conectado)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="407"/>
        <source>A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last confirmed line.</source>
        <translation>Un trabajo detenido por un cable desconectado, un reinicio de la impresora, un fallo o un corte de luz puede seguir desde su última línea confirmada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="481"/>
        <source>Pick a port first (plug the printer in and press Rescan ports).</source>
        <translation>Elija primero un puerto (conecte la impresora y pulse Buscar puertos).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="488"/>
        <source>Connecting to {port}</source>
        <translation>Conectando a {port}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="502"/>
        <source>Disconnecting</source>
        <translation>Desconectando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="549"/>
        <source>Print G-code</source>
        <translation>Imprimir G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="549"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="558"/>
        <source>Checking and starting {name}</source>
        <translation>Comprobando e iniciando {name}</translation>
    </message>
</context>
<context>
    <name>QueueFileDialog</name>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="23"/>
        <source>Queue a G-code file</source>
        <translation>Poner un archivo G-code en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="27"/>
        <source>Which printer was {file} sliced for? It is checked for that printer before it is queued.</source>
        <translation>¿Para qué impresora se laminó {file}? Se comprueba para esa impresora antes de ponerlo en la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="34"/>
        <source>{name} (a printer of this lab)</source>
        <translation>{name} (una impresora de este taller)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="53"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Esa fecha límite ya pasó: elija una posterior o desmarque «Para el».</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="240"/>
        <source>Print Queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="242"/>
        <source>The queue is empty</source>
        <translation>La cola está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="243"/>
        <source>Print jobs wait here; each is planned for when the sun and the battery can pay for it.</source>
        <translation>Los trabajos de impresión esperan aquí; cada uno se planifica para cuando el sol y la batería puedan pagarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="244"/>
        <source>Slice a customized frame or a catalogue design to add a job.</source>
        <translation>Lamine una montura personalizada o un diseño del catálogo para añadir un trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="250"/>
        <source>Add a sliced G-code file…</source>
        <translation>Añadir un archivo G-code laminado…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="263"/>
        <source>Re-plan now</source>
        <translation>Replanificar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>2 days</source>
        <translation>2 días</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="267"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="273"/>
        <source>Add G-code…</source>
        <translation>Añadir G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="275"/>
        <source>Start and pause prints by themselves</source>
        <translation>Iniciar y pausar solo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="277"/>
        <source>Starts planned prints on connected printers and pauses them safely when the battery runs low.</source>
        <translation>Inicia las impresiones planificadas en las impresoras conectadas y las pausa de forma segura cuando la batería está baja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="296"/>
        <source>Order (drag to reorder; first prints first)</source>
        <translation>Orden (arrastre para reordenar; el primero se imprime primero)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="353"/>
        <source>Apply and re-plan</source>
        <translation>Aplicar y replanificar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="355"/>
        <source>Give the chosen waiting job this priority and needed-by time, then plan the queue again.</source>
        <translation>Dar al trabajo en espera elegido esta prioridad y esta fecha límite, y volver a planificar la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="358"/>
        <source>Remove from the queue…</source>
        <translation>Quitar de la cola…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="363"/>
        <source>Let the planner choose again (unpin)</source>
        <translation>Dejar que el planificador elija de nuevo (desfijar)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="368"/>
        <source>Connected printers (connect one in the Printers area).</source>
        <translation>Impresoras conectadas (conecte una desde la pantalla Impresoras).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="371"/>
        <source>Print now…</source>
        <translation>Imprimir ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="373"/>
        <source>Start the chosen job now on the chosen printer, whatever the plan says.</source>
        <translation>Inicia ya el trabajo elegido en la impresora elegida, diga lo que diga el plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="553"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Esa fecha límite ya pasó: elija una posterior o desmarque «Para el».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="559"/>
        <source>Changing the job&apos;s priority and deadline</source>
        <translation>Cambiando la prioridad y la fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="570"/>
        <source>Removing the job</source>
        <translation>Quitando el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="572"/>
        <source>Remove from the queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="573"/>
        <source>Take job #{id} {name} out of the queue? It will not be printed; queue its file again to print it later.</source>
        <translation>¿Quitar el trabajo n.º {id} {name} de la cola? No se imprimirá; vuelva a poner su archivo en la cola para imprimirlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="600"/>
        <source>Looking for printers</source>
        <translation>Buscando impresoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="617"/>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="315"/>
        <source>No printer is printing.</source>
        <translation>Ninguna impresora está imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="370"/>
        <source>No printer connected</source>
        <translation>Ninguna impresora conectada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="387"/>
        <source>Planning the print queue</source>
        <translation>Planificando la cola de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="393"/>
        <source>Reading interrupted jobs</source>
        <translation>Leyendo los trabajos interrumpidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="409"/>
        <source>Interrupted prints (they go on from their last confirmed line)</source>
        <translation>Impresiones interrumpidas (siguen desde su última línea confirmada)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="415"/>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="417"/>
        <source>Resume the chosen print on the printer it was printing on.</source>
        <translation>Reanuda la impresión elegida en la impresora que la imprimía.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="427"/>
        <source>, height {z:.2f} mm</source>
        <translation>, altura {z:.2f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="428"/>
        <source>{port}, not plugged in now</source>
        <translation>{port}, ahora desconectado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="429"/>
        <source>#{id} {name}: interrupted at line {line} of {total}, layer {layer}{where} (on {port})</source>
        <translation>N.º {id} {name}: parada en la línea {line} de {total}, capa {layer}{where} (en {port})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="454"/>
        <source>interrupted at line {line} of {total}: resume it below</source>
        <translation>interrumpido en la línea {line} de {total}: reanúdelo más abajo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="461"/>
        <source>Choose the interrupted print to resume first.</source>
        <translation>Elija primero la impresión interrumpida que reanudar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="464"/>
        <source>Resuming job #{id}…</source>
        <translation>Reanudando el trabajo n.º {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="486"/>
        <source>{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.</source>
        <translation>{0} planificados, {1} en espera. Batería mínima {2:.0f} % (reserva {3:.0f} %); {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="502"/>
        <source>printing now</source>
        <translation>imprimiendo ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="504"/>
        <source>starts {time}</source>
        <translation>empieza {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="506"/>
        <source>not planned yet</source>
        <translation>aún sin planificar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="527"/>
        <source>Why then: {reason}</source>
        <translation>Por qué entonces: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="630"/>
        <source>Choose a job and a connected printer first.</source>
        <translation>Elija primero un trabajo y una impresora conectada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="635"/>
        <source>Working out what printing now costs</source>
        <translation>Calculando lo que cuesta imprimir ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="640"/>
        <source>What printing now does to the battery could not be worked out: {reason}</source>
        <translation>No se pudo calcular el efecto de imprimir ahora en la batería: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="650"/>
        <source>Printing now would take the battery down to {low:.0f} % against your {reserve:.0f} % reserve, around {time}.</source>
        <translation>Imprimir ahora bajaría la batería al {low:.0f} % frente a su reserva del {reserve:.0f} %, hacia {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="653"/>
        <source>Without it, the lab&apos;s other loads would take it to {without:.0f} % anyway.</source>
        <translation>Sin ella, los demás consumos del taller la bajarían igualmente al {without:.0f} %.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="656"/>
        <source>Printing now keeps the battery above your {reserve:.0f} % reserve: at its lowest about {low:.0f} %, around {time}.</source>
        <translation>Imprimir ahora mantiene la batería por encima de su reserva del {reserve:.0f} %: como mínimo un {low:.0f} %, hacia {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="667"/>
        <source>tomorrow {time}</source>
        <translation>mañana {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="673"/>
        <source>{cost}

Start job #{job} {name} now on {printer}? Check that the bed is clear and the filament loaded.</source>
        <translation>{cost}

¿Iniciar ahora el trabajo n.º {job} {name} en {printer}? Compruebe que la cama está despejada y el filamento cargado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="677"/>
        <source>Print now</source>
        <translation>Imprimir ahora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="684"/>
        <source>Starting job #{job} on {port}…</source>
        <translation>Iniciando el trabajo n.º {job} en {port}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="693"/>
        <source>Starting the print</source>
        <translation>Iniciando la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="701"/>
        <source>Job #{job} finished: {outcome}. {message}</source>
        <translation>Trabajo n.º {job} terminado: {outcome}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="711"/>
        <source>, about {min:.0f} min left</source>
        <translation>, quedan unos {min:.0f} min</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="713"/>
        <source>#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}</source>
        <translation>N.º {job} {name} en {port}: {pct:.0f} %, capa {layer}{remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="722"/>
        <source>Print ended. {results}</source>
        <translation>Impresión terminada. {results}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="745"/>
        <source>Reordering</source>
        <translation>Reordenando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="751"/>
        <source>Pinning</source>
        <translation>Fijando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="759"/>
        <source>Unpinning</source>
        <translation>Desfijando</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="764"/>
        <source>Queue a G-code file</source>
        <translation>Poner un archivo G-code en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="765"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="771"/>
        <source>Reading the printer profiles</source>
        <translation>Leyendo los perfiles de impresora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="796"/>
        <source>Checking and analysing the G-code</source>
        <translation>Comprobando y analizando el G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="813"/>
        <source>Prints start on their own at their planned time on connected printers.</source>
        <translation>Las impresiones empiezan solas a la hora planificada en las impresoras conectadas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="838"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../ui/screens/report.py" line="34"/>
        <source>Lab report</source>
        <translation>Informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="39"/>
        <source>No finished prints yet</source>
        <translation>Todavía no hay impresiones terminadas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="40"/>
        <source>The report shows what the lab made each month and for each customer: filament, printing minutes, energy from the sun and from the battery, and material cost per item.</source>
        <translation>El informe muestra lo que el taller ha fabricado cada mes y para cada cliente: filamento, minutos de impresión, energía del sol y de la batería, y coste de material por pieza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="42"/>
        <source>It fills in by itself as print jobs complete.</source>
        <translation>Se rellena solo a medida que terminan los trabajos de impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="113"/>
        <source>Energy (Wh)</source>
        <translation>Energía (Wh)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="114"/>
        <source>Energy per month: sun (yellow) and battery (grey)</source>
        <translation>Energía por mes: sol (amarillo) y batería (gris)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="53"/>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="54"/>
        <source>Per customer</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="61"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="75"/>
        <source>Building the lab report</source>
        <translation>Preparando el informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Period or customer</source>
        <translation>Periodo o cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Made</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Filament (g)</source>
        <translation>Filamento (g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from sun</source>
        <translation>Wh del sol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from battery</source>
        <translation>Wh de la batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Cost per item</source>
        <translation>Coste por pieza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="122"/>
        <source>Export the lab report</source>
        <translation>Exportar el informe del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="130"/>
        <source>Writing the lab report</source>
        <translation>Guardando el informe del taller</translation>
    </message>
</context>
<context>
    <name>ResumeFlow</name>
    <message>
        <location filename="../../ui/resume_flow.py" line="65"/>
        <source>Looking for printer ports</source>
        <translation>Buscando los puertos de impresora</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="75"/>
        <source>Job {id} printed on {port}, which is not plugged in now, and no other port is there: plug the printer in, then press Resume again.</source>
        <translation>El trabajo {id} se imprimía en {port}, que ahora no está conectado, y no hay ningún otro puerto: conecte la impresora y pulse Reanudar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="77"/>
        <location filename="../../ui/resume_flow.py" line="85"/>
        <source>an unknown port</source>
        <translation>un puerto desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="81"/>
        <location filename="../../ui/resume_flow.py" line="132"/>
        <source>Resume job {id}</source>
        <translation>Reanudar el trabajo {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="83"/>
        <source>Job {id} printed on {port}, which is not plugged in now. Choose the port its printer is on now (or plug it back in and press Resume again):</source>
        <translation>El trabajo {id} se imprimía en {port}, que ahora no está conectado. Elija el puerto en el que está ahora su impresora (o vuelva a conectarla y pulse Reanudar de nuevo):</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="91"/>
        <source>Job {id} was not resumed: it stays interrupted.</source>
        <translation>El trabajo {id} no se reanudó: sigue interrumpido.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="101"/>
        <source>Resuming job {id}</source>
        <translation>Reanudando el trabajo {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="103"/>
        <source>Job {id} resumed on {port}.</source>
        <translation>Trabajo {id} reanudado en {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="134"/>
        <source>The printer on {port} restarted and no longer knows where its nozzle is. To resume job {id} it will heat up, home X and Y, and come back down to {z:.2f} mm (layer {layer}).</source>
        <translation>La impresora en {port} se reinició y ya no sabe dónde está su boquilla. Para reanudar el trabajo {id} se calentará, irá al origen en X e Y y volverá a bajar a {z:.2f} mm (capa {layer}).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="138"/>
        <source>Is the part still on the bed, where it was printed, and is the nozzle&apos;s way clear of anything (tools, fallen filament, hands)?</source>
        <translation>¿Sigue la pieza en la cama, donde se imprimió, y está libre el camino de la boquilla (herramientas, filamento caído, manos)?</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="141"/>
        <source>The part is in place: resume</source>
        <translation>La pieza está en su sitio: reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="142"/>
        <source>Don&apos;t resume</source>
        <translation>No reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="161"/>
        <source>Job {id} was not resumed: it stays interrupted. Resume it once the part is on the bed and the way is clear.</source>
        <translation>El trabajo {id} no se reanudó: sigue interrumpido. Reanúdelo cuando la pieza esté en la cama y el camino despejado.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="166"/>
        <source>Heliofab could not open {port} to resume job {id}: check the cable and that no other program uses the port, then press Resume again.</source>
        <translation>Heliofab no pudo abrir {port} para reanudar el trabajo {id}: compruebe el cable y que ningún otro programa use el puerto, y pulse Reanudar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="171"/>
        <source>No printer answered on {port}: check that it is switched on and that this is its port, then press Resume again.</source>
        <translation>Ninguna impresora respondió en {port}: compruebe que está encendida y que es su puerto, y pulse Reanudar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="176"/>
        <source>Job {id} can&apos;t be resumed now: it is no longer interrupted (it was resumed or abandoned meanwhile).</source>
        <translation>El trabajo {id} no se puede reanudar ahora: ya no está interrumpido (se reanudó o se abandonó mientras tanto).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="180"/>
        <source>The G-code of job {id} is missing or changed in the data folder, so nothing was sent: queue the file again.</source>
        <translation>El G-code del trabajo {id} falta o ha cambiado en la carpeta de datos, así que no se envió nada: vuelva a poner el archivo en la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="185"/>
        <source>The printer on {port} is busy with another job: wait for it to end, then resume job {id}.</source>
        <translation>La impresora en {port} está ocupada con otro trabajo: espere a que termine y luego reanude el trabajo {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="188"/>
        <source>Job {id} can&apos;t be resumed on {port}: {reason}</source>
        <translation>El trabajo {id} no se puede reanudar en {port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="189"/>
        <source>Job {id} could not be resumed: {reason}</source>
        <translation>No se pudo reanudar el trabajo {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>ScadCustomizerPanel</name>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="67"/>
        <source>Frame styles</source>
        <translation>Estilos de montura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="68"/>
        <source>Reset to the design&apos;s defaults</source>
        <translation>Valores por defecto del diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="91"/>
        <source>Render</source>
        <translation>Renderizar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="93"/>
        <source>Write parts…</source>
        <translation>Guardar las piezas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="94"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Laminar y poner en cola…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="96"/>
        <source>Slice the part shown and put it in the print queue, or save its G-code.</source>
        <translation>Lamina la pieza mostrada y la pone en la cola de impresión, o guarda su G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="127"/>
        <source>Opening {id}…</source>
        <translation>Abriendo {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="136"/>
        <source>Opening the design</source>
        <translation>Abriendo el diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="142"/>
        <source>{title} (OpenSCAD design)</source>
        <translation>{title} (diseño OpenSCAD)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="143"/>
        <source>Licence: {notice}</source>
        <translation>Licencia: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="149"/>
        <source>The mesh that came with the download (its author&apos;s settings).</source>
        <translation>La malla que venía con la descarga (ajustes de su autor).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="156"/>
        <source>This design declares no Customizer parameters: render it as it is.</source>
        <translation>Este diseño no declara parámetros de Customizer: renderícelo tal cual.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="205"/>
        <source>Rendered before with these values.</source>
        <translation>Ya renderizado con estos valores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="207"/>
        <source>Press Render to see the part with these values.</source>
        <translation>Pulse Renderizar para ver la pieza con estos valores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="209"/>
        <source>Looking for a render</source>
        <translation>Buscando un renderizado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="219"/>
        <source>OpenSCAD is rendering: this can take minutes for detailed designs.</source>
        <translation>OpenSCAD está renderizando: puede tardar minutos en los diseños detallados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="229"/>
        <source>Rendered in {s:.1f} s.</source>
        <translation>Renderizado en {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="237"/>
        <source>Rendering with OpenSCAD</source>
        <translation>Renderizando con OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="247"/>
        <source>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triangles. {how}</source>
        <translation>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triángulos. {how}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="259"/>
        <source>Cannot use this design: {error}</source>
        <translation>No se puede usar este diseño: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="288"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Trabajo n.º {job} puesto en la cola ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="305"/>
        <source>Writing the parts</source>
        <translation>Guardando las piezas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="306"/>
        <source>Wrote {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="310"/>
        <source>Folder for the parts</source>
        <translation>Carpeta para las piezas</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="53"/>
        <location filename="../../ui/screens/settings.py" line="183"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="184"/>
        <source>This lab</source>
        <translation>Este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Lab name</source>
        <translation>Nombre del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>Other labs see this name on the catalogues this lab signs.</source>
        <translation>Otros talleres ven este nombre en los catálogos que firma este taller.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="188"/>
        <source>Currency (ISO code)</source>
        <translation>Moneda (código ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="190"/>
        <source>Currency symbol</source>
        <translation>Símbolo de la moneda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>usual symbol</source>
        <translation>símbolo habitual</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Default material</source>
        <translation>Material por defecto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="193"/>
        <source>What new frames and slices are made of unless you choose another.</source>
        <translation>El material de las monturas y los laminados nuevos, salvo que elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="194"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="195"/>
        <source>Where the lab is</source>
        <translation>Dónde está el taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="196"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="197"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="198"/>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="199"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="200"/>
        <source>Save the place</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="201"/>
        <source>The lab&apos;s printers</source>
        <translation>Las impresoras del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="204"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="210"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="206"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="203"/>
        <source>Remove the selected printer</source>
        <translation>Quitar la impresora elegida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="205"/>
        <source>e.g. Ender by the window</source>
        <translation>p. ej. Ender junto a la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="209"/>
        <source>e.g. /dev/ttyUSB0, COM3 or sim://demo</source>
        <translation>p. ej. /dev/ttyUSB0, COM3 o sim://demo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Add the printer</source>
        <translation>Añadir la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="219"/>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="237"/>
        <source>Reading the lab&apos;s settings</source>
        <translation>Leyendo los ajustes del taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="283"/>
        <source>no port yet</source>
        <translation>sin puerto todavía</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="306"/>
        <source>The settings could not be saved: {0}</source>
        <translation>No se pudieron guardar los ajustes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="308"/>
        <source>Saving the settings</source>
        <translation>Guardando los ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="321"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="326"/>
        <source>Costs are shown as {example}</source>
        <translation>Los costes se muestran así: {example}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="339"/>
        <source>The place could not be saved: {0}</source>
        <translation>No se pudo guardar el lugar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343"/>
        <source>Saved: the sun&apos;s path and the plan follow the new place.</source>
        <translation>Guardado: el recorrido del sol y el plan siguen el nuevo lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="345"/>
        <source>Saving the place</source>
        <translation>Guardando el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="363"/>
        <source>{name} was added: printing and the queue use it on {port}.</source>
        <translation>Se añadió {name}: la impresión y la cola la usan en {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="366"/>
        <source>Adding a printer</source>
        <translation>Añadiendo una impresora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="373"/>
        <source>Select a printer in the list first.</source>
        <translation>Elija primero una impresora de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="383"/>
        <source>{name} was removed: its jobs go to the other printers.</source>
        <translation>Se quitó {name}: sus trabajos pasan a las demás impresoras.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="386"/>
        <source>Removing a printer</source>
        <translation>Quitando una impresora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="391"/>
        <source>The printers could not be changed: {0}</source>
        <translation>No se pudieron cambiar las impresoras: {0}</translation>
    </message>
</context>
<context>
    <name>SlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="599"/>
        <source>Slice</source>
        <translation>Laminar</translation>
    </message>
</context>
<context>
    <name>SlicingPanel</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="91"/>
        <location filename="../../ui/slicing/dialog.py" line="265"/>
        <source>No parts to slice yet.</source>
        <translation>Todavía no hay piezas para laminar.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="95"/>
        <location filename="../../ui/slicing/dialog.py" line="97"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="99"/>
        <source>Frames (under an hour)</source>
        <translation>Monturas (menos de una hora)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="100"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="104"/>
        <source>Cooler bed after the first layers</source>
        <translation>Cama más tibia tras las 1.as capas</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="113"/>
        <source>Rear, lined up</source>
        <translation>Detrás, alineada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="114"/>
        <source>Nearest, least travel</source>
        <translation>La más cercana, menos desplazamientos</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="116"/>
        <source>Built-in slicer</source>
        <translation>Laminador integrado</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="118"/>
        <source>PrusaSlicer</source>
        <translation>PrusaSlicer</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="119"/>
        <source>Slice</source>
        <translation>Laminar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="132"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="134"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="138"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="139"/>
        <source>Print mode</source>
        <translation>Modo de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="140"/>
        <source>Layer height</source>
        <translation>Altura de capa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="141"/>
        <source>First layer speed</source>
        <translation>Velocidad 1.ª capa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="143"/>
        <source>Perimeters</source>
        <translation>Perímetros</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="144"/>
        <source>Infill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="145"/>
        <source>Skirt loops</source>
        <translation>Vueltas de falda</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="146"/>
        <source>Seam</source>
        <translation>Costura</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="147"/>
        <source>Slicer</source>
        <translation>Laminador</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="152"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="156"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="157"/>
        <source>Print time</source>
        <translation>Tiempo de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="158"/>
        <source>Heating up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="159"/>
        <source>Filament</source>
        <translation>Filamento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="160"/>
        <source>Material cost</source>
        <translation>Coste de material</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="161"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="162"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="177"/>
        <source>Add to queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="179"/>
        <source>Save G-code…</source>
        <translation>Guardar G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="181"/>
        <source>Write the checked G-code to a file, for a printer&apos;s SD card.</source>
        <translation>Escribe el G-code comprobado en un archivo, para la tarjeta SD de una impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="196"/>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <location filename="../../ui/slicing/dialog.py" line="461"/>
        <source>Layer —</source>
        <translation>Capa —</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="197"/>
        <source>Show travels</source>
        <translation>Mostrar desplazamientos</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="263"/>
        <source>{0} part(s): {1}</source>
        <translation>{0} pieza(s): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="278"/>
        <source>Loading profiles</source>
        <translation>Cargando perfiles</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="341"/>
        <source>Slicing…</source>
        <translation>Laminando…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="345"/>
        <source>Slicing</source>
        <translation>Laminado</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="357"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="386"/>
        <source>Sliced in {0:.1f} s. Safe to print.</source>
        <translation>Laminado en {0:.1f} s. Se puede imprimir sin riesgo.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="388"/>
        <source>Sliced in {0:.1f} s after repairing {1}. Safe to print.</source>
        <translation>Laminado en {0:.1f} s tras reparar {1}. Se puede imprimir sin riesgo.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="393"/>
        <source>{0}, fits in one hour</source>
        <translation>{0}, cabe en una hora</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="394"/>
        <source>{0}, does not fit in one hour</source>
        <translation>{0}, pasa de una hora</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="399"/>
        <source>{0:.1f} g ({1:.2f} m)</source>
        <translation>{0:.1f} g ({1:.2f} m)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="403"/>
        <source>{0:.0f} Wh (peak {1:.0f} W)</source>
        <translation>{0:.0f} Wh (pico {1:.0f} W)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <source>Layer {0} of {1}</source>
        <translation>Capa {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="447"/>
        <source>Settings changed: slice again to see the estimate.</source>
        <translation>Ajustes cambiados: vuelva a laminar para ver la estimación.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="493"/>
        <source>Saved {path} ({kb} KB), checked for {printer}.</source>
        <translation>{path} guardado ({kb} KB), comprobado para {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="501"/>
        <source>Saving the G-code…</source>
        <translation>Guardando el G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="502"/>
        <source>Saving G-code</source>
        <translation>Guardando G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="509"/>
        <source>Save G-code for an SD card</source>
        <translation>Guardar G-code para una tarjeta SD</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="510"/>
        <source>G-code (*.gcode)</source>
        <translation>G-code (*.gcode)</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="27"/>
        <source>round</source>
        <translation>redonda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="28"/>
        <source>oval</source>
        <translation>ovalada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="29"/>
        <source>uncut</source>
        <translation>sin tallar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="30"/>
        <source>fluid-module</source>
        <translation>módulo fluido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Diameter/width (mm)</source>
        <translation>Diámetro/ancho (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Height (mm)</source>
        <translation>Altura (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Power (D)</source>
        <translation>Potencia (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Thickness (mm)</source>
        <translation>Grosor (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Port (mm)</source>
        <translation>Orificio (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="50"/>
        <source>Add lenses</source>
        <translation>Añadir lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="55"/>
        <source>e.g. 44</source>
        <translation>p. ej. 44</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="56"/>
        <source>ovals only</source>
        <translation>si es oval</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="57"/>
        <source>e.g. +1.5</source>
        <translation>p. ej. +1.5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="58"/>
        <source>e.g. 10</source>
        <translation>p. ej. 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="60"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="61"/>
        <source>modules only</source>
        <translation>si es módulo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Ø / width</source>
        <translation>Ø / ancho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Module thickness</source>
        <translation>Grosor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="67"/>
        <source>Filling port</source>
        <translation>Orificio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="72"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="75"/>
        <source>Update selected</source>
        <translation>Actualizar la selección</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="83"/>
        <source>Take one (−1)</source>
        <translation>Sacar una (−1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="85"/>
        <source>Put back (+1)</source>
        <translation>Devolver una (+1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="87"/>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="97"/>
        <source>Load lens stock</source>
        <translation>Cargando existencias de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="131"/>
        <source>Choose a line of the stock first.</source>
        <translation>Elija primero una línea de las existencias.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="168"/>
        <source>Save lenses</source>
        <translation>Guardar lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="178"/>
        <source>Update lens stock</source>
        <translation>Actualizando existencias de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="187"/>
        <source>Delete lens line</source>
        <translation>Eliminar línea de lentes</translation>
    </message>
</context>
<context>
    <name>SuggestTab</name>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="53"/>
        <source>Customer and style</source>
        <translation>Cliente y estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="59"/>
        <source>right eye</source>
        <translation>ojo derecho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="60"/>
        <source>left eye</source>
        <translation>ojo izquierdo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="61"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="62"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="63"/>
        <source>Only lenses in stock</source>
        <translation>Solo lentes en existencias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="64"/>
        <source>Reading glasses (near PD)</source>
        <translation>Gafas de lectura (DP de cerca)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="65"/>
        <source>&amp;Style</source>
        <translation>&amp;Estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="66"/>
        <source>Right eye PD (mm)</source>
        <translation>DP ojo derecho (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="67"/>
        <source>Left eye PD (mm)</source>
        <translation>DP ojo izquierdo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="68"/>
        <source>Head width (mm)</source>
        <translation>Ancho de cabeza (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="69"/>
        <source>Lens power (D)</source>
        <translation>Potencia de la lente (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="78"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="204"/>
        <source>Suggest sizes</source>
        <translation>Sugerir tallas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="93"/>
        <source>Open in customizer</source>
        <translation>Abrir en el personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="95"/>
        <source>Preview on photo</source>
        <translation>Vista previa en la foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="115"/>
        <source>The frame outline is drawn here over the customer&apos;s latest card photo.</source>
        <translation>El contorno de la montura se dibuja aquí sobre la última foto con tarjeta del cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="132"/>
        <source>The style or the figures changed: press Suggest sizes again.</source>
        <translation>El estilo o las cifras cambiaron: pulse de nuevo «Sugerir tallas».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="197"/>
        <source>Checking every lens size and bridge…</source>
        <translation>Comprobando cada tamaño de lente y de puente…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="214"/>
        <source>#{rank}: lens {a:g} × {b:g} mm, bridge {dbl} mm</source>
        <translation>n.º {rank}: lente {a:g} × {b:g} mm, puente {dbl} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="221"/>
        <source>{passed} of {checked} sizes pass every frame check; the best {n} are shown.</source>
        <translation>{passed} de {checked} tallas pasan todas las comprobaciones de montura; se muestran las {n} mejores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="243"/>
        <source>No card photo kept for this customer: the preview needs one.</source>
        <translation>No hay ninguna foto con tarjeta de este cliente: la vista previa la necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="251"/>
        <source>Latest card photo; suggestions are drawn at true scale.</source>
        <translation>Última foto con tarjeta; las sugerencias se dibujan a escala real.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="254"/>
        <source>Open photo</source>
        <translation>Abrir foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="267"/>
        <source>Draw frame on photo</source>
        <translation>Dibujar la montura en la foto</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/screens/sync.py" line="50"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="57"/>
        <source>Look for sticks again</source>
        <translation>Buscar memorias de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="58"/>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="67"/>
        <source>No USB stick found</source>
        <translation>No se encontró ninguna memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="68"/>
        <source>Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked.</source>
        <translation>Los catálogos viajan entre talleres en memorias USB: solo se copia lo que ha cambiado y se comprueba cada archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="70"/>
        <source>Insert a USB stick, or choose a folder, to export or import a catalogue.</source>
        <translation>Inserte una memoria USB, o elija una carpeta, para exportar o importar un catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="80"/>
        <source>No stick or folder chosen.</source>
        <translation>Ninguna memoria ni carpeta elegida.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Check what&apos;s on it</source>
        <translation>Ver qué contiene</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="86"/>
        <source>Import into this lab</source>
        <translation>Importar a este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="87"/>
        <source>Export this lab&apos;s catalogue</source>
        <translation>Exportar el catálogo de este taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="88"/>
        <source>Back up the whole lab</source>
        <translation>Copia de seguridad de todo el taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="89"/>
        <source>Trust this publisher…</source>
        <translation>Confiar en este editor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="90"/>
        <source>Copy Heliofab to this stick</source>
        <translation>Copiar Heliofab a esta memoria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="92"/>
        <source>So that other laptops can install Heliofab with no internet: for this computer&apos;s system and Windows, with this Python version. Other systems and versions: heliofab installer --help.</source>
        <translation>Para que otros portátiles instalen Heliofab sin internet: para el sistema de este ordenador y Windows, con esta versión de Python. Otros sistemas y versiones: heliofab installer --help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="130"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="319"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="320"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="321"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="322"/>
        <source>%n older</source>
        <translation>
            <numerusform>%n más antiguo</numerusform>
            <numerusform>%n más antiguos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="323"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflicto</numerusform>
            <numerusform>%n en conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="384"/>
        <source>Exported %n design</source>
        <translation>
            <numerusform>%n diseño exportado</numerusform>
            <numerusform>%n diseños exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="385"/>
        <source>Exported %n designs</source>
        <translation>
            <numerusform>%n diseño exportado</numerusform>
            <numerusform>%n diseños exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="386"/>
        <source>%n file copied</source>
        <translation>
            <numerusform>%n archivo copiado</numerusform>
            <numerusform>%n archivos copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="387"/>
        <source>%n files copied</source>
        <translation>
            <numerusform>%n archivo copiado</numerusform>
            <numerusform>%n archivos copiados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="388"/>
        <source>{exported}: {files}, {skipped} already on the stick.</source>
        <translation>{exported}: {files}, {skipped} ya estaban en la memoria.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="398"/>
        <source>%n imported design from an unknown publisher or an unsigned catalogue stays off it too: exporting it would vouch for it with this lab&apos;s signature.</source>
        <translation>
            <numerusform>%n diseño importado de un editor desconocido o de un catálogo sin firma tampoco va: exportarlo lo avalaría con la firma de este taller.</numerusform>
            <numerusform>%n diseños importados de un editor desconocido o de un catálogo sin firma tampoco van: exportarlos los avalaría con la firma de este taller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="402"/>
        <source>%n imported designs from an unknown publisher or an unsigned catalogue stay off it too: exporting them would vouch for them with this lab&apos;s signature.</source>
        <translation>
            <numerusform>%n diseño importado de un editor desconocido o de un catálogo sin firma tampoco va: exportarlo lo avalaría con la firma de este taller.</numerusform>
            <numerusform>%n diseños importados de un editor desconocido o de un catálogo sin firma tampoco van: exportarlos los avalaría con la firma de este taller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="152"/>
        <source>Looking for USB sticks</source>
        <translation>Buscando memorias USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="160"/>
        <source>has a catalogue</source>
        <translation>tiene un catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="162"/>
        <source>has a backup</source>
        <translation>tiene una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="163"/>
        <source>{free:.1f} GB free</source>
        <translation>{free:.1f} GB libres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="176"/>
        <source>Choose the stick or folder</source>
        <translation>Elegir la memoria o la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <source>It holds a catalogue.</source>
        <translation>Contiene un catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <location filename="../../ui/screens/sync.py" line="214"/>
        <source>No catalogue on it yet.</source>
        <translation>Todavía no tiene ningún catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="196"/>
        <location filename="../../ui/screens/sync.py" line="221"/>
        <source>Chosen: {path}. {what}</source>
        <translation>Elegido: {path}. {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="210"/>
        <source>It holds a catalogue of %n design from {lab}.</source>
        <translation>
            <numerusform>Contiene un catálogo de %n diseño de {lab}.</numerusform>
            <numerusform>Contiene un catálogo de %n diseños de {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="211"/>
        <source>It holds a catalogue of %n designs from {lab}.</source>
        <translation>
            <numerusform>Contiene un catálogo de %n diseño de {lab}.</numerusform>
            <numerusform>Contiene un catálogo de %n diseños de {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="218"/>
        <source>Last export from this lab: {when} (%n design).</source>
        <translation>
            <numerusform>Última exportación de este taller: {when} (%n diseño).</numerusform>
            <numerusform>Última exportación de este taller: {when} (%n diseños).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="219"/>
        <source>Last export from this lab: {when} (%n designs).</source>
        <translation>
            <numerusform>Última exportación de este taller: {when} (%n diseño).</numerusform>
            <numerusform>Última exportación de este taller: {when} (%n diseños).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="264"/>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="234"/>
        <source>Cancelling… the stick keeps its previous complete catalogue.</source>
        <translation>Cancelando… la memoria conserva su catálogo completo anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="302"/>
        <source>Checking {path}</source>
        <translation>Comprobando {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="328"/>
        <source>Signed by {name}, a publisher this lab trusts ({fp}).</source>
        <translation>Firmado por {name}, un editor de confianza para este taller ({fp}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="330"/>
        <source>Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. Call that lab and compare the fingerprint before trusting it.</source>
        <translation>Firmado por {name} ({fp}), aún sin confianza aquí: los diseños entran marcados como tales. Llame a ese taller y compare la huella antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="333"/>
        <source>NOT signed: designs come in marked unsigned and never replace trusted ones.</source>
        <translation>SIN firma: los diseños entran marcados como sin firma y nunca sustituyen a los de confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="212"/>
        <location filename="../../ui/screens/sync.py" line="335"/>
        <source>an unnamed lab</source>
        <translation>un taller sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="198"/>
        <source>Reading the stick</source>
        <translation>Leyendo la memoria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="206"/>
        <source>Its catalogue cannot be read: {problem}</source>
        <translation>Su catálogo no se puede leer: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="345"/>
        <source>Importing from {path}</source>
        <translation>Importando desde {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="352"/>
        <source>Imported: </source>
        <translation>Importado: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="361"/>
        <source>Exporting to {path}</source>
        <translation>Exportando a {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="372"/>
        <source>Another lab&apos;s catalogue</source>
        <translation>Catálogo de otro taller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="373"/>
        <source>Replace it with this lab&apos;s catalogue anyway?</source>
        <translation>¿Sustituirlo de todos modos por el catálogo de este taller?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="393"/>
        <source>Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported or made go on the stick.</source>
        <translation>Los diseños incluidos viajan con el propio Heliofab (toda copia los tiene): solo los diseños que este taller importó o creó van a la memoria.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="426"/>
        <source>Backing up to {path}</source>
        <translation>Copia de seguridad en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="434"/>
        <source>The signing key is in it, encrypted with your passphrase.</source>
        <translation>La clave de firma va dentro, cifrada con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="435"/>
        <source>The signing key was left out: copy the keys folder of the data folder by hand to move it.</source>
        <translation>La clave de firma se dejó fuera: para moverla, copie a mano la carpeta keys de la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="438"/>
        <source>The lab has no signing key yet, so the backup holds none: one is made at the first catalogue export.</source>
        <translation>El taller aún no tiene clave de firma, así que la copia no contiene ninguna: se crea una en la primera exportación del catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="442"/>
        <source>Backed up and verified in {folder}. It holds customers&apos; data: keep the stick safe.</source>
        <translation>Copia guardada y comprobada en {folder}. Contiene datos de clientes: guarde la memoria en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="452"/>
        <source>{count} damaged stored file(s) were left out ({used}): run `heliofab doctor --repair` to move them aside, then re-import or re-queue what they belonged to.</source>
        <translation>{count} archivo(s) guardado(s) dañado(s) se dejaron fuera ({used}): ejecute `heliofab doctor --repair` para apartarlos y luego vuelva a importar o a poner en la cola lo que los usaba.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="454"/>
        <source>nothing refers to them any more</source>
        <translation>ya nada los usa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="471"/>
        <source>Copying Heliofab to {path}</source>
        <translation>Copiando Heliofab a {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="474"/>
        <source>Cancelling… the stick keeps what it held before.</source>
        <translation>Cancelando… la memoria conserva lo que tenía antes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="478"/>
        <source>Heliofab is on the stick for {targets}: on each laptop run install.bat (Windows) or install.sh (Linux, macOS) from it.</source>
        <translation>Heliofab está en la memoria para {targets}: en cada portátil, ejecute install.bat (Windows) o install.sh (Linux, macOS) desde ella.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="481"/>
        <source>Not on it, as there is no network: {targets}.</source>
        <translation>No incluido, al no haber red: {targets}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <location filename="../../ui/screens/sync.py" line="496"/>
        <source>Trust a publisher</source>
        <translation>Confiar en un editor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <source>The lab&apos;s name:</source>
        <translation>El nombre del taller:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="497"/>
        <source>Type the fingerprint that lab reads to you over the phone (not the one shown here):</source>
        <translation>Escriba la huella que ese taller le lee por teléfono (no la que se muestra aquí):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="508"/>
        <source>Trusting a publisher</source>
        <translation>Añadiendo un editor de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="511"/>
        <source>Not trusted</source>
        <translation>Sin confianza</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TemperatureControls</name>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="18"/>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="21"/>
        <location filename="../../ui/widgets/temperature_controls.py" line="64"/>
        <source>No temperature reported yet.</source>
        <translation>Todavía no se ha recibido ninguna temperatura.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="25"/>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="26"/>
        <source>Heat the hotend and the bed to these temperatures</source>
        <translation>Calentar la boquilla y la cama a estas temperaturas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Hotend</source>
        <translation>Boquilla</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="36"/>
        <source>Cool down</source>
        <translation>Enfriar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="37"/>
        <source>Switch the hotend and bed heaters off</source>
        <translation>Apagar los calentadores de la boquilla y la cama</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="52"/>
        <source>{name} {hotend}/{bed}</source>
        <translation>{name} {hotend}/{bed}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="54"/>
        <source>Preheat for {name}: hotend {hotend} °C, bed {bed} °C</source>
        <translation>Precalentar para {name}: boquilla {hotend} °C, cama {bed} °C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="67"/>
        <source>Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C</source>
        <translation>Boquilla {h:.1f} / {ht:.0f} °C   Cama {b} / {bt} °C</translation>
    </message>
</context>
<context>
    <name>TemplatePrint</name>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="43"/>
        <source>This template has no size in millimetres, so it cannot be printed at 1:1.</source>
        <translation>Esta plantilla no tiene tamaño en milímetros, así que no se puede imprimir a 1:1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="58"/>
        <source>Heliofab paper template</source>
        <translation>Plantilla de papel Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="77"/>
        <source>The template could not be read, so nothing was printed: make it again.</source>
        <translation>No se pudo leer la plantilla, no se imprimió nada: vuelva a generarla.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="81"/>
        <source>The printer refused the page: check it is switched on and has paper, then try again.</source>
        <translation>La impresora rechazó la página: compruebe que está encendida y tiene papel, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="96"/>
        <source>Print the paper template at 100 %</source>
        <translation>Imprimir la plantilla de papel al 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="106"/>
        <source>Template sent to {printer} at 100 %: check its 100 mm line measures 100 mm.</source>
        <translation>Plantilla enviada a {printer} al 100 %: compruebe que su línea de 100 mm mide 100 mm.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="113"/>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="147"/>
        <source>sun</source>
        <translation>sol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="164"/>
        <source>battery</source>
        <translation>batería</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="200"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
</TS>
