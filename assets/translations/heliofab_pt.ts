<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>As peças aparecem aqui quando todas as verificações passarem.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="123"/>
        <source>Drawing…</source>
        <translation>A desenhar…</translation>
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
        <translation>Procurar modelos: título, etiquetas, autor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="192"/>
        <source>Fits bed (mm)</source>
        <translation>Cabe na mesa (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="194"/>
        <source>Any bed size</source>
        <translation>Qualquer tamanho de mesa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="203"/>
        <source>Import files…</source>
        <translation>Importar arquivos…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="220"/>
        <location filename="../../ui/screens/catalogue.py" line="404"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="221"/>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>All licences</source>
        <translation>Todas as licenças</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="244"/>
        <source>Choose a design to see its licence, author and files.</source>
        <translation>Escolha um modelo para ver a licença, o autor e os arquivos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="248"/>
        <source>Open in customizer</source>
        <translation>Abrir no personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="252"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Fatiar &amp;&amp; pôr na fila…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="260"/>
        <source>Edit details…</source>
        <translation>Editar detalhes…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="262"/>
        <source>Name, author, licence, source and notes of a design this lab imported.</source>
        <translation>Nome, autor, licença, origem e notas de um modelo importado por este laboratório.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="265"/>
        <source>Bundled with Heliofab: its details are read-only.</source>
        <translation>Incluído no Heliofab: os detalhes não podem ser alterados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="284"/>
        <source>No designs yet</source>
        <translation>Ainda não há modelos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="285"/>
        <source>The catalogue holds the frame styles and other designs this lab can print, with their licences.</source>
        <translation>O catálogo guarda os estilos de armação e outros modelos que este laboratório pode imprimir, com as suas licenças.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="286"/>
        <source>Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area.</source>
        <translation>Importe arquivos STL/3MF ou um zip de modelo, ou traga um catálogo numa pendrive pela área Sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="289"/>
        <source>No design matches</source>
        <translation>Nenhum modelo corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="290"/>
        <source>Nothing in the catalogue matches these words and filters.</source>
        <translation>Nada no catálogo corresponde a estas palavras e filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="291"/>
        <source>Clear the search box or choose “All categories” and “All licences”.</source>
        <translation>Limpe a caixa de pesquisa ou escolha “Todas as categorias” e “Todas as licenças”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="348"/>
        <source>Loading the catalogue</source>
        <translation>A carregar o catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="378"/>
        <source>Loading thumbnails</source>
        <translation>A carregar as miniaturas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n design</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n designs</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="447"/>
        <source>Loading the design</source>
        <translation>A carregar o modelo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="456"/>
        <source>Bundled with Heliofab</source>
        <translation>Incluído no Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="457"/>
        <source>Made or imported in this lab</source>
        <translation>Feito ou importado neste laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="458"/>
        <source>From a trusted lab</source>
        <translation>De um laboratório de confiança</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="459"/>
        <source>From a lab you have not trusted yet</source>
        <translation>De um laboratório que ainda não aprovou</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="460"/>
        <source>Unsigned: origin unknown</source>
        <translation>Sem assinatura: origem desconhecida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Credit</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="465"/>
        <source>Not for sale without checking: the licence restricts commercial use or is unknown.</source>
        <translation>Não vender sem verificar: a licença limita o uso comercial ou é desconhecida.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="494"/>
        <source>Choose its values in the customizer, then slice it and queue it from there.</source>
        <translation>Escolha os valores no personalizador, depois fatie e ponha na fila a partir dali.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="496"/>
        <source>Slice this design, see its time, grams, cost and energy, then queue it or save the G-code.</source>
        <translation>Fatie este modelo, veja o tempo, os gramas, o custo e a energia, depois ponha-o na fila ou guarde o G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Import designs</source>
        <translation>Importar modelos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Designs (*.stl *.3mf *.zip)</source>
        <translation>Modelos (*.stl *.3mf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="548"/>
        <source>Importing {name}</source>
        <translation>A importar {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="554"/>
        <source>%n kept as it was</source>
        <translation>
            <numerusform>%n mantido como estava</numerusform>
            <numerusform>%n mantidos como estavam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="555"/>
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n mantido como estava</numerusform>
            <numerusform>%n mantidos como estavam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="557"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="558"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizado</numerusform>
            <numerusform>%n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="559"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sem alterações</numerusform>
            <numerusform>%n sem alterações</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="564"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="25"/>
        <source>Search name or code (Ctrl+F)</source>
        <translation>Procurar nome ou código (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="31"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Novo cliente (Ctrl+N)</translation>
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
        <translation>criança</translation>
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
        <translation>idoso</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="56"/>
        <source>Intake</source>
        <translation>Ficha do cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="60"/>
        <source>made up when empty</source>
        <translation>criado se ficar vazio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="66"/>
        <source>Agrees to photos being kept on this laptop</source>
        <translation>Aceita que as fotos fiquem guardadas neste computador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
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
        <translation>&amp;Faixa etária</translation>
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
        <translation>Apagar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="98"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Far PD</source>
        <translation>DP longe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Near PD</source>
        <translation>DP perto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Mono R/L</source>
        <translation>Mono D/E</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Head width</source>
        <translation>Largura da cabeça</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Power R/L</source>
        <translation>Grau D/E</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="108"/>
        <source>Saved fits</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="114"/>
        <source>Open in customizer</source>
        <translation>Abrir no personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="116"/>
        <source>Print again…</source>
        <translation>Imprimir de novo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="119"/>
        <source>Slice the selected fit as it was saved and queue it for the customer (no new fit is saved).</source>
        <translation>Fatiar o ajuste escolhido tal como foi guardado e pô-lo na fila para o cliente (nenhum ajuste novo é guardado).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="121"/>
        <source>Save STL files…</source>
        <translation>Guardar arquivos STL…</translation>
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
        <translation>Vendida (não é oferta)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="128"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Armações vendidas (não são oferta)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="138"/>
        <source>Orders (print jobs)</source>
        <translation>Encomendas (trabalhos de impressão)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="149"/>
        <source>Self-adjustable lenses</source>
        <translation>Lentes autoajustáveis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="151"/>
        <source>The customer tuned the lenses themselves (no prescription needed)</source>
        <translation>O cliente ajustou as lentes sozinho (sem receita)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="165"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="248"/>
        <source>Module not recorded</source>
        <translation>Módulo não registado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="166"/>
        <source>Record on the selected fit</source>
        <translation>Registar no ajuste escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="169"/>
        <source>Lens module used</source>
        <translation>Módulo de lente usado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="201"/>
        <source>, paper-check changes</source>
        <translation>, alterações da verificação em papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="203"/>
        <source>, tuned by the customer</source>
        <translation>, ajustadas pelo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="214"/>
        <source>No orders yet.</source>
        <translation>Ainda não há encomendas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="219"/>
        <source> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)</source>
        <translation> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sol, {bat:.1f} bateria)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="223"/>
        <source>measured by the charge controller</source>
        <translation>medido pelo regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="224"/>
        <source>partly measured by the charge controller</source>
        <translation>medido em parte pelo regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="225"/>
        <source>estimated, no controller readings</source>
        <translation>estimado, sem leituras do regulador</translation>
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
        <translation>Apagar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="287"/>
        <source>Delete {label} with all measurements, fits and photos? This cannot be undone.</source>
        <translation>Apagar {label} com todas as medidas, ajustes e fotos? Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="296"/>
        <source>Deleted {label} and their photos.</source>
        <translation>{label} e as suas fotos foram apagados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="309"/>
        <source>Choose a saved fit in the list first.</source>
        <translation>Escolha primeiro um ajuste guardado na lista.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="319"/>
        <source>Open fit</source>
        <translation>Abrir ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="334"/>
        <source>Write the parts (STL) to</source>
        <translation>Escrever as peças (STL) em</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="345"/>
        <source>Reprint fit</source>
        <translation>Reimprimir ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="347"/>
        <source>Wrote {n} files to {folder}.</source>
        <translation>{n} arquivos escritos em {folder}.</translation>
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
        <translation>Exportado para {path}.</translation>
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
        <translation>módulo não registado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="397"/>
        <source>Fit #{id}: tuned by the customer ({module}).</source>
        <translation>Ajuste n.º {id}: ajustado pelo cliente ({module}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="399"/>
        <source>Fit #{id}: not tuned by the customer.</source>
        <translation>Ajuste n.º {id}: não ajustado pelo cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="405"/>
        <source>Record self-tuned lenses</source>
        <translation>Registar lentes ajustadas pelo cliente</translation>
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
        <translation> (criança)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="135"/>
        <source>Fit bridge to PD</source>
        <translation>Ajustar a ponte à DP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="136"/>
        <source>Set the bridge so the lens centres sit exactly on the pupils.</source>
        <translation>Ajusta a ponte para que o centro das lentes fique mesmo em frente às pupilas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="137"/>
        <source>Reset to style defaults</source>
        <translation>Repor o estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="138"/>
        <source>Frame style:</source>
        <translation>Estilo de armação:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="144"/>
        <location filename="../../ui/screens/customizer.py" line="286"/>
        <source>Not tied to a customer</source>
        <translation>Sem cliente associado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="161"/>
        <source>Front and temple</source>
        <translation>Frente e haste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="162"/>
        <source>Print bed (3D)</source>
        <translation>Mesa de impressão (3D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="163"/>
        <source>Actual size on screen (when it fits)</source>
        <translation>Tamanho real na janela (quando cabe)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="173"/>
        <source>Write parts…</source>
        <translation>Escrever peças…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="174"/>
        <source>Paper template…</source>
        <translation>Molde de papel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="175"/>
        <source>Print template…</source>
        <translation>Imprimir molde…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="176"/>
        <source>Print the 1:1 template at 100 % on this laptop&apos;s printer.</source>
        <translation>Imprimir o molde 1:1 a 100 % na impressora de papel deste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="177"/>
        <source>Save parameter set…</source>
        <translation>Guardar parâmetros…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="178"/>
        <source>Load parameter set…</source>
        <translation>Carregar parâmetros…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="179"/>
        <source>Save as fit</source>
        <translation>Guardar como ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="180"/>
        <source>Available once customers and fits are set up.</source>
        <translation>Disponível quando houver clientes e ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="181"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Fatiar &amp;&amp; pôr na fila…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="183"/>
        <location filename="../../ui/screens/customizer.py" line="593"/>
        <source>Slice the saved fit and put it in the print queue for its customer.</source>
        <translation>Fatiar o ajuste guardado e pô-lo na fila de impressão para o seu cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="187"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Armações vendidas (não são oferta)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="293"/>
        <source>Saved as fit #{id}: slice it and queue it for the customer.</source>
        <translation>Guardado como ajuste n.º {id}: fatie-o e ponha-o na fila para o cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="359"/>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pinned</source>
        <translation>Fixada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="381"/>
        <source>Pinned: the bridge keeps the value you chose. Unpin it to let it follow the PD and lens width.</source>
        <translation>Fixada: a ponte mantém o valor que escolheu. Solte-a para que siga a DP e a largura da lente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="383"/>
        <source>The bridge follows the PD and lens width, so the lenses stay on the pupils. Pin it to keep a value of your own.</source>
        <translation>A ponte segue a DP e a largura da lente, para que as lentes fiquem em frente às pupilas. Fixe-a para manter um valor seu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="459"/>
        <source>This design has no bridge to fit.</source>
        <translation>Este modelo não tem ponte para ajustar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="462"/>
        <source>No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: change the lens width.</source>
        <translation>Nenhuma ponte entre {lo:g} e {hi:g} mm põe estas lentes em frente às pupilas: mude a largura da lente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="499"/>
        <source>Style thumbnails</source>
        <translation>Miniaturas dos estilos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="523"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="535"/>
        <source>Cannot build this frame: {error}</source>
        <translation>Não é possível construir esta armação: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="545"/>
        <source>, about {g:.1f} g</source>
        <translation>, cerca de {g:.1f} g</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="549"/>
        <source>{marking}: lens {a:g} + bridge {bridge:g} mm{hint} · frame PD {pd:g} mm · width {w:g} mm · splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}</source>
        <translation>{marking}: lente {a:g} + ponte {bridge:g} mm{hint} · DP da armação {pd:g} mm · largura {w:g} mm · abertura D {sr:g}° / E {sl:g}° · haste {t:g} mm{grams}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="557"/>
        <source>Warning:</source>
        <translation>Atenção:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="561"/>
        <source>All checks pass: ready to print.</source>
        <translation>Todas as verificações passam: pronto para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="582"/>
        <source> (the PD calls for {fit:g} mm)</source>
        <translation> (a DP pede {fit:g} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="595"/>
        <source>Slice these values and queue them, for a customer or the lab&apos;s stock. Save as fit first to keep a customer&apos;s frames with their measurements.</source>
        <translation>Fatie estes valores e ponha-os na fila, para um cliente ou para o stock do laboratório. Guarde primeiro como ajuste para manter as armações de um cliente com as suas medidas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="623"/>
        <source>Writing frame parts</source>
        <translation>A escrever as peças da armação</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="624"/>
        <source>Wrote {path}</source>
        <translation>{path} escrito</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="643"/>
        <source>Writing paper template</source>
        <translation>A escrever o molde de papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="645"/>
        <source>Saved {path}: print at 100 % and check the card outline.</source>
        <translation>{path} guardado: imprima a 100 % e confira o contorno do cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="659"/>
        <source>Saving parameter set</source>
        <translation>A guardar o conjunto de parâmetros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="660"/>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="675"/>
        <source>Loading parameter set</source>
        <translation>A carregar o conjunto de parâmetros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="681"/>
        <source>Folder for the frame parts</source>
        <translation>Pasta para as peças da armação</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="686"/>
        <source>Save paper template</source>
        <translation>Guardar molde de papel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="687"/>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="698"/>
        <source>Save OpenSCAD parameter set</source>
        <translation>Guardar conjunto de parâmetros OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="699"/>
        <location filename="../../ui/screens/customizer.py" line="705"/>
        <source>Parameter sets (*.json)</source>
        <translation>Conjuntos de parâmetros (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="704"/>
        <source>Load OpenSCAD parameter set</source>
        <translation>Carregar conjunto de parâmetros OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="721"/>
        <source>{title} by {author}, licence {licence}. {attribution}</source>
        <translation>{title} de {author}, licença {licence}. {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="723"/>
        <location filename="../../ui/screens/customizer.py" line="729"/>
        <source>Licence: {notice}</source>
        <translation>Licença: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="731"/>
        <source>Design licence</source>
        <translation>Licença do modelo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="743"/>
        <source>Fit #{id}: {style}</source>
        <translation>Ajuste n.º {id}: {style}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="784"/>
        <source>Queueing the frames</source>
        <translation>A pôr as armações na fila</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="792"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Não foi posto na fila: desmarque &quot;vendida&quot; para o imprimir como oferta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="794"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="795"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

O autor autorizou esta venda?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="799"/>
        <source>Queued job #{job} for the customer ({licence}).</source>
        <translation>Trabalho n.º {job} posto na fila para o cliente ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="800"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Trabalho n.º {job} posto na fila ({licence}).</translation>
    </message>
</context>
<context>
    <name>DesignDetailsDialog</name>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="36"/>
        <source>Details of {title}</source>
        <translation>Detalhes de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="42"/>
        <source>Whom to credit</source>
        <translation>A quem dar crédito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="55"/>
        <source>https://… or where the files came from</source>
        <translation>https://… ou de onde vieram os arquivos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="57"/>
        <source>Notes shown with the design</source>
        <translation>Notas mostradas com o modelo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="62"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="63"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="65"/>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Ninguém disse o que é permitido: pergunte ao autor antes de imprimir cópias para outras pessoas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="103"/>
        <source>Only the author may allow copies: ask before printing for others.</source>
        <translation>Só o autor pode autorizar cópias: pergunte antes de imprimir para outras pessoas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="105"/>
        <source>Anyone may print, change and sell it, with no conditions.</source>
        <translation>Qualquer pessoa pode imprimir, alterar e vender, sem condições.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="107"/>
        <source>Prints may be made and given away, crediting the author, but not sold without the author&apos;s permission.</source>
        <translation>Pode fazer e oferecer impressões, dando crédito ao autor, mas não vendê-las sem a autorização do autor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="110"/>
        <source>Prints may be made, given away and sold, crediting the author.</source>
        <translation>Pode fazer, oferecer e vender impressões, dando crédito ao autor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="113"/>
        <source>Changed versions must be shared under the same licence.</source>
        <translation>As versões alteradas têm de ser partilhadas com a mesma licença.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="115"/>
        <source>Changed versions may not be shared.</source>
        <translation>As versões alteradas não podem ser partilhadas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="127"/>
        <source>Saving the design&apos;s details</source>
        <translation>A guardar os detalhes do modelo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="146"/>
        <source>This design comes with Heliofab and its details cannot be changed: import your own copy of the files to give it other details.</source>
        <translation>Este modelo vem com o Heliofab e os seus detalhes não podem ser alterados: importe a sua própria cópia dos arquivos para lhe dar outros detalhes.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="148"/>
        <source>Give the design a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="149"/>
        <source>The name is too long: shorten it to 200 characters at most.</source>
        <translation>O nome é demasiado longo: encurte-o para 200 caracteres no máximo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="150"/>
        <source>Choose a licence from the list.</source>
        <translation>Escolha uma licença da lista.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="151"/>
        <source>The licence {licence} asks that the author be credited: type the author&apos;s name.</source>
        <translation>A licença {licence} pede que o autor receba crédito: escreva o nome do autor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="153"/>
        <source>The author&apos;s name is too long: shorten it to 200 characters at most.</source>
        <translation>O nome do autor é demasiado longo: encurte-o para 200 caracteres no máximo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="155"/>
        <source>The source is not a whole web address: type it as https://… or say in a few words where the files came from.</source>
        <translation>A origem não é um endereço web completo: escreva-o como https://… ou diga em poucas palavras de onde vieram os arquivos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="157"/>
        <source>The notes are too long: shorten them to 4000 characters at most.</source>
        <translation>As notas são demasiado longas: encurte-as para 4000 caracteres no máximo.</translation>
    </message>
</context>
<context>
    <name>DesignSlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="59"/>
        <source>Slice &amp; queue: {title}</source>
        <translation>Fatiar e pôr na fila: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="68"/>
        <source>No customer (the lab&apos;s own stock)</source>
        <translation>Sem cliente (stock do próprio laboratório)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="69"/>
        <source>This print is sold (not a gift or personal use)</source>
        <translation>Esta impressão é vendida (não é oferta nem para uso próprio)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="77"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="102"/>
        <source>Loading customers</source>
        <translation>A carregar os clientes</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="111"/>
        <source>Licence: {notice}</source>
        <translation>Licença: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="131"/>
        <source>Reading the design&apos;s parts…</source>
        <translation>A ler as peças do modelo…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="132"/>
        <source>Reading {title}</source>
        <translation>A ler {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="161"/>
        <source>Adding to the queue…</source>
        <translation>A adicionar à fila…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="162"/>
        <source>Queueing {id}</source>
        <translation>A pôr {id} na fila</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="170"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Não foi posto na fila: desmarque &quot;vendida&quot; para o imprimir como oferta.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="172"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="173"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

O autor autorizou esta venda?</translation>
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
        <location filename="../../ui/screens/energy.py" line="50"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="51"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="52"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="53"/>
        <source>Panels</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="54"/>
        <source>Panel tilt</source>
        <translation>Inclinação dos painéis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="55"/>
        <source>Panel azimuth (180 = south)</source>
        <translation>Azimute dos painéis (180 = sul)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="56"/>
        <source>System losses</source>
        <translation>Perdas do sistema</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="57"/>
        <source>Battery capacity</source>
        <translation>Capacidade da bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="58"/>
        <source>Battery reserve</source>
        <translation>Reserva da bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="59"/>
        <source>Battery voltage</source>
        <translation>Tensão da bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="60"/>
        <source>Charge efficiency</source>
        <translation>Rendimento da carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="61"/>
        <source>Discharge efficiency</source>
        <translation>Rendimento da descarga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="62"/>
        <source>Always-on load</source>
        <translation>Consumo permanente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="63"/>
        <source>Evening lights</source>
        <translation>Luzes da noite</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="64"/>
        <source>Lights from</source>
        <translation>Luzes a partir das</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="65"/>
        <source>Lights until</source>
        <translation>Luzes até às</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="66"/>
        <source>Staffed from</source>
        <translation>Pessoal a partir das</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="67"/>
        <source>Staffed until</source>
        <translation>Pessoal até às</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="90"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="101"/>
        <source>Now and forecast</source>
        <translation>Agora e previsão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="102"/>
        <source>Site, panels and battery</source>
        <translation>Local, painéis e bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="105"/>
        <source>Sun now</source>
        <translation>Sol agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="106"/>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="107"/>
        <source>Usable above reserve</source>
        <translation>Utilizável acima da reserva</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="108"/>
        <source>Expected next 24 h</source>
        <translation>Previsto nas próximas 24 h</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="112"/>
        <source>No readings yet: connect the charge controller or enter a reading by hand.</source>
        <translation>Ainda não há leituras: ligue o regulador de carga ou introduza uma leitura à mão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="133"/>
        <location filename="../../ui/screens/energy.py" line="218"/>
        <source>PV power</source>
        <translation>Potência solar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="134"/>
        <source>hours from now</source>
        <translation>horas a partir de agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="137"/>
        <source>clear sky</source>
        <translation>céu limpo</translation>
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
        <location filename="../../ui/screens/energy.py" line="152"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="159"/>
        <source>Battery type</source>
        <translation>Tipo de bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="161"/>
        <source>Save site</source>
        <translation>Guardar local</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="188"/>
        <source>Connect</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="190"/>
        <source>Disconnect</source>
        <translation>Desligar</translation>
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
        <translation>Não ligado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="203"/>
        <source>Enter a reading by hand</source>
        <translation>Introduzir uma leitura à mão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="216"/>
        <source>State of charge</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="217"/>
        <source>Battery voltage (0: not measured)</source>
        <translation>Tensão da bateria (0: não medida)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="219"/>
        <source>Store reading</source>
        <translation>Guardar leitura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="252"/>
        <source>Saving the place</source>
        <translation>A guardar o local</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="262"/>
        <source>The place could not be saved: {0}</source>
        <translation>Não foi possível guardar o local: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="266"/>
        <source>Saved. The queue is planned with these values from now on.</source>
        <translation>Guardado. A fila passa a ser planeada com estes valores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="272"/>
        <source>Updating the energy forecast</source>
        <translation>A atualizar a previsão de energia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="285"/>
        <source>reserve {0:.0f} %; {1}</source>
        <translation>reserva {0:.0f} %; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="290"/>
        <source>median of this site&apos;s own weather</source>
        <translation>mediana do tempo deste local</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="296"/>
        <source>Listening to the {0} controller.</source>
        <translation>A ouvir o regulador {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="297"/>
        <source>charge</source>
        <translation>carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="300"/>
        <source>No fresh reading: the planner assumes the battery is draining and plans cautiously.</source>
        <translation>Sem leitura recente: o planeador supõe que a bateria está a descarregar e planeia com prudência.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="305"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="306"/>
        <source>stage: {0}</source>
        <translation>fase: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="311"/>
        <source>Last reading {0:%H:%M:%S} UTC from {1}.</source>
        <translation>Última leitura às {0:%H:%M:%S} UTC de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="326"/>
        <source>Enter the port first (see `heliofab doctor` for the list).</source>
        <translation>Indique primeiro a porta (veja a lista em `heliofab doctor`).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="329"/>
        <source>Listening on {0}…</source>
        <translation>A ouvir em {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="335"/>
        <source>Connecting the charge controller</source>
        <translation>A ligar o regulador de carga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="354"/>
        <source>Demo: a simulated VE.Direct controller on {0}.</source>
        <translation>Demo: um regulador VE.Direct simulado em {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="362"/>
        <source>Storing the reading</source>
        <translation>A guardar a leitura</translation>
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
        <translation>O Heliofab não conseguiu arrancar</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="55"/>
        <source>No log file could be written: the data folder may be read-only or full.</source>
        <translation>Não foi possível escrever nenhum arquivo de registo: a pasta de dados pode estar só de leitura ou cheia.</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="57"/>
        <source>The details are in the log:
{0}</source>
        <translation>Os detalhes estão no registo:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="98"/>
        <source>Heliofab: something went wrong</source>
        <translation>Heliofab: algo correu mal</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="99"/>
        <source>Something went wrong: {0}</source>
        <translation>Algo correu mal: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>The printer was not added</source>
        <translation>A impressora não foi adicionada</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="51"/>
        <source>Set up this lab</source>
        <translation>Configurar este laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Skip for now</source>
        <translation>Saltar por agora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>e.g. Tamale fab lab</source>
        <translation>ex.: laboratório de Pemba</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72"/>
        <source>Costs of prints are shown in it. The town you pick next sets its country&apos;s currency; change it here or on the Settings screen.</source>
        <translation>Os custos das impressões são mostrados nela. A cidade que escolher a seguir define a do seu país; mude-a aqui ou no ecrã Definições.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>Language and lab name</source>
        <translation>Idioma e nome do laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>Choose the language of Heliofab&apos;s screens. Other labs see the lab&apos;s name on the catalogues it sends them.</source>
        <translation>Escolha o idioma das janelas do Heliofab. Os outros laboratórios veem o nome do laboratório nos catálogos que lhes envia.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Lab name</source>
        <translation>Nome do laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Type to find a town…</source>
        <translation>Escreva para procurar uma cidade…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Where is the lab?</source>
        <translation>Onde fica o laboratório?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Pick the nearest town, or type the coordinates. The sun&apos;s path is computed from them.</source>
        <translation>Escolha a cidade mais próxima ou escreva as coordenadas. O caminho do sol é calculado a partir delas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Panels and battery</source>
        <translation>Painéis e bateria</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. The reserve is never used for printing, so the lights still work at night.</source>
        <translation>Some os watts escritos em cada painel. Os watt-hora da bateria são volts × amperes-hora. A reserva nunca é usada para imprimir, para que as luzes funcionem à noite.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel power</source>
        <translation>Potência dos painéis</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel tilt</source>
        <translation>Inclinação dos painéis</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>Panel direction (0 north, 180 south)</source>
        <translation>Direção dos painéis (0 norte, 180 sul)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery capacity</source>
        <translation>Capacidade da bateria</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery reserve</source>
        <translation>Reserva da bateria</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>e.g. /dev/ttyUSB0 or COM3; leave empty to choose later</source>
        <translation>ex.: /dev/ttyUSB0 ou COM3; deixe vazio para escolher depois</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="132"/>
        <source>Printing and the queue use the printer on this port; change it on the Settings screen.</source>
        <translation>A impressão e a fila usam a impressora nesta porta; pode mudá-la no ecrã Definições.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="136"/>
        <source>Which printer does the lab have? Its size, temperatures and power use come from this choice.</source>
        <translation>Que impressora tem o laboratório? O tamanho, as temperaturas e o consumo vêm desta escolha.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>Printer model</source>
        <translation>Modelo de impressora</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>USB port</source>
        <translation>Porta USB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191"/>
        <source>Pick the nearest town in the list, or type the lab&apos;s latitude and longitude: 0° / 0° is in the sea.</source>
        <translation>Escolha a cidade mais próxima na lista, ou escreva a latitude e a longitude do laboratório: 0° / 0° fica no mar.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="197"/>
        <source>Custom location</source>
        <translation>Local personalizado</translation>
    </message>
</context>
<context>
    <name>FitReprinter</name>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="37"/>
        <source>Making fit #{id} again from its saved values…</source>
        <translation>A refazer o ajuste n.º {id} a partir dos valores guardados…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="41"/>
        <source>Fit #{id} again: {style} for {code}</source>
        <translation>Ajuste n.º {id} de novo: {style} para {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="51"/>
        <source>The style changed since fit #{id} was saved: check it on the paper template before printing.</source>
        <translation>O estilo mudou desde que o ajuste n.º {id} foi guardado: confira-o no molde de papel antes de imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="55"/>
        <source>Print again</source>
        <translation>Imprimir de novo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="73"/>
        <source>Queued job #{job} for fit #{id} ({licence}).</source>
        <translation>Trabalho n.º {job} posto na fila para o ajuste n.º {id} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="77"/>
        <source>Queueing the frames</source>
        <translation>A pôr as armações na fila</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="84"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Não foi posto na fila: desmarque &quot;vendida&quot; para o imprimir como oferta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="86"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="87"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

O autor autorizou esta venda?</translation>
    </message>
</context>
<context>
    <name>FittingFields</name>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="46"/>
        <source>&apos;{text}&apos; is not a number: type digits like 63.5.</source>
        <translation>«{text}» não é um número: escreva algarismos como 63,5.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="75"/>
        <source>The photo cannot be decoded: use a PNG or JPEG file.</source>
        <translation>Não é possível ler a foto: use um arquivo PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>FittingScreen</name>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="54"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clientes e ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="63"/>
        <source>No customer chosen</source>
        <translation>Nenhum cliente escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="65"/>
        <source>Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only.</source>
        <translation>Os clientes, as suas medidas (distância pupilar, largura da cabeça) e os ajustes guardados ficam só neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="68"/>
        <source>Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card.</source>
        <translation>Prima Ctrl+N para adicionar um cliente e depois meça a DP com uma régua ou com uma foto com um cartão bancário.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="76"/>
        <source>&amp;1 Customer</source>
        <translation>&amp;1 Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="77"/>
        <source>&amp;2 Measure PD</source>
        <translation>&amp;2 Medir a DP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="78"/>
        <source>&amp;3 Suggest sizes</source>
        <translation>&amp;3 Sugerir tamanhos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="79"/>
        <source>&amp;4 Lens stock</source>
        <translation>&amp;4 Stock de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="140"/>
        <location filename="../../ui/screens/fitting/screen.py" line="148"/>
        <source>Load customers</source>
        <translation>Carregar clientes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="158"/>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="194"/>
        <source>New customer: type a name or a code, then Enter.</source>
        <translation>Novo cliente: escreva um nome ou um código e prima Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="228"/>
        <source>For {customer}: not saved as a fit yet</source>
        <translation>Para {customer}: ainda não guardado como ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="230"/>
        <source>Fit #{id} for {customer} (saved {date})</source>
        <translation>Ajuste n.º {id} para {customer} (guardado em {date})</translation>
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
        <translation>Escolha um estilo de armação para o ver aqui.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="120"/>
        <source>{mm:g} mm ({how})</source>
        <translation>{mm:g} mm ({how})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>actual size</source>
        <translation>tamanho real</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>scaled to fit</source>
        <translation>reduzido para caber</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="13"/>
        <source>Heliofab help</source>
        <translation>Ajuda do Heliofab</translation>
    </message>
</context>
<context>
    <name>JobTermsEditor</name>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="26"/>
        <source>Higher prints first (-100 to 100).</source>
        <translation>Valores mais altos imprimem primeiro (-100 a 100).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="27"/>
        <source>Needed by</source>
        <translation>Necessário até</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="29"/>
        <source>The planner fits the print in before this time, or says why it can&apos;t.</source>
        <translation>O planeador encaixa a impressão antes desta hora, ou diz porque não consegue.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="36"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
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
        <translation>Origem em tudo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home every axis (G28)</source>
        <translation>Levar todos os eixos à origem (G28)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>⌂ X/Y</source>
        <translation>⌂ X/Y</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>Home X and Y (G28 X Y)</source>
        <translation>Levar X e Y à origem (G28 X Y)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>⌂ Z</source>
        <translation>⌂ Z</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>Home Z (G28 Z)</source>
        <translation>Levar Z à origem (G28 Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="61"/>
        <source>Raise the nozzle (Z up) by the step</source>
        <translation>Subir o bico (Z para cima) um passo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="62"/>
        <source>Lower the nozzle (Z down) by the step</source>
        <translation>Descer o bico (Z para baixo) um passo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="63"/>
        <source>Move {axis} by the step</source>
        <translation>Mover {axis} um passo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="76"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="82"/>
        <source>Move {step} mm per press</source>
        <translation>Mover {step} mm por clique</translation>
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
        <translation>Quanto filamento empurrar ou puxar para trás</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Extrude</source>
        <translation>Extrudir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Push filament through the hot nozzle</source>
        <translation>Empurrar filamento pelo bico quente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Retract</source>
        <translation>Recolher</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Pull filament back out of the hot nozzle</source>
        <translation>Puxar o filamento para fora do bico quente</translation>
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
        <translation>Proteger a chave de assinatura do laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="30"/>
        <source>The backup can carry this lab&apos;s signing key, which other labs use to trust your catalogues. Choose a passphrase to encrypt it: restoring the backup will ask for it.</source>
        <translation>A cópia de segurança pode levar a chave de assinatura deste laboratório, que os outros laboratórios usam para confiar nos seus catálogos. Escolha uma frase-passe para a cifrar: será pedida para restaurar a cópia.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="42"/>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="43"/>
        <source>Type it again:</source>
        <translation>Escreva-a de novo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="46"/>
        <source>Leave the signing key out of the backup (move it by hand later)</source>
        <translation>Deixar a chave de assinatura fora da cópia (mover à mão mais tarde)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="55"/>
        <source>Back up</source>
        <translation>Fazer cópia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="82"/>
        <source>Use at least {count} characters.</source>
        <translation>Use pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="84"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>LayerPreview</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="71"/>
        <source>Slice to see the layers here.</source>
        <translation>Fatie para ver as camadas aqui.</translation>
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
        <translation>Clientes e ajuste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Customizer</source>
        <translation>Personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Print Queue</source>
        <translation>Fila de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Printers</source>
        <translation>Impressoras</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Lab report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Settings</source>
        <translation>Definições</translation>
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
        <translation>Ajuda (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Database: {path}</source>
        <translation>Base de dados: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Printer: not connected</source>
        <translation>Impressora: não ligada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Battery: no reading</source>
        <translation>Bateria: sem leitura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Saved for the next start: this window keeps its language because Heliofab was started with --language (or HELIOFAB_LANG).</source>
        <translation>Guardado para o próximo arranque: esta janela mantém o seu idioma porque o Heliofab foi iniciado com --language (ou HELIOFAB_LANG).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The other screens change language when Heliofab is started again.</source>
        <translation>Os outros ecrãs mudam de idioma quando o Heliofab for aberto de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Printer: printing {job} {pct:.0f} %</source>
        <translation>Impressora: a imprimir {job} {pct:.0f} %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Printer: {state}</source>
        <translation>Impressora: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source> (+{n} more)</source>
        <translation> (+{n} mais)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>, sun {w:.0f} W</source>
        <translation>, sol {w:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source> (old reading)</source>
        <translation> (leitura antiga)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Battery: {soc:.0f} %{pv}{stale}</source>
        <translation>Bateria: {soc:.0f} %{pv}{stale}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>A print is running</source>
        <translation>Há uma impressão em curso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>A print is running on {ports}. Quitting stops it.</source>
        <translation>Há uma impressão em curso em {ports}. Se sair, a impressão para.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Keep printing leaves Heliofab open so the print goes on. Stop the print lets the moves already sent finish, moves the nozzle off the part, switches the heaters off, then quits.</source>
        <translation>Continuar a imprimir deixa o Heliofab aberto e a impressão continua. Parar a impressão deixa terminar os movimentos já enviados, afasta o bico da peça, desliga os aquecedores e depois sai.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Keep printing</source>
        <translation>Continuar a imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Stop the print and quit</source>
        <translation>Parar a impressão e sair</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Stopping the print: parking and switching the heaters off…</source>
        <translation>A parar a impressão: bico afastado, aquecedores desligados…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Stopping the print</source>
        <translation>A parar a impressão</translation>
    </message>
</context>
<context>
    <name>MaterialProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="70"/>
        <source>Hotend</source>
        <translation>Hotend</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="71"/>
        <source>Hotend, first layer</source>
        <translation>Hotend, 1.ª camada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="72"/>
        <source>Bed</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="73"/>
        <source>Bed, first layer</source>
        <translation>Mesa, 1.ª camada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="74"/>
        <source>Part fan</source>
        <translation>Ventoinha da peça</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="75"/>
        <source>Density</source>
        <translation>Densidade</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="76"/>
        <source>Price per kg</source>
        <translation>Preço por kg</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="188"/>
        <source>Material: {0}</source>
        <translation>Material: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="193"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="219"/>
        <source>Saving material</source>
        <translation>A guardar o material</translation>
    </message>
</context>
<context>
    <name>MeasureTab</name>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="25"/>
        <source>Ruler and face measures</source>
        <translation>Régua e medidas do rosto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="27"/>
        <source>e.g. 63</source>
        <translation>ex.: 63</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="28"/>
        <source>from far</source>
        <translation>de longe</translation>
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
        <translation>DP &amp;longe (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="39"/>
        <source>Near PD (mm)</source>
        <translation>DP perto (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="40"/>
        <source>Right eye PD (mm)</source>
        <translation>DP olho direito (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="41"/>
        <source>Left eye PD (mm)</source>
        <translation>DP olho esquerdo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="42"/>
        <source>&amp;Head width (mm)</source>
        <translation>Largura da &amp;cabeça (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="43"/>
        <source>Front to bend (mm)</source>
        <translation>Frente até à dobra (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="44"/>
        <source>Nose width 10 mm below crest (mm)</source>
        <translation>Largura do nariz 10 mm abaixo do topo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="45"/>
        <source>Nose width 15 mm below crest (mm)</source>
        <translation>Largura do nariz 15 mm abaixo do topo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="46"/>
        <source>Right lens power (D)</source>
        <translation>Grau da lente direita (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="47"/>
        <source>Left lens power (D)</source>
        <translation>Grau da lente esquerda (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="52"/>
        <source>Save measurement (Enter)</source>
        <translation>Guardar medida (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="84"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Guarde primeiro o cliente (Ctrl+S).</translation>
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
        <translation>cartão 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="90"/>
        <source>card 2</source>
        <translation>cartão 2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="91"/>
        <source>card 3</source>
        <translation>cartão 3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="92"/>
        <source>card 4</source>
        <translation>cartão 4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="93"/>
        <source>pupil (image left)</source>
        <translation>pupila (lado esquerdo da imagem)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="94"/>
        <source>pupil (image right)</source>
        <translation>pupila (lado direito da imagem)</translation>
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
        <translation>DP a partir de uma foto com um cartão bancário</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="54"/>
        <source>Open photo…</source>
        <translation>Abrir foto…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="60"/>
        <source> cm to camera</source>
        <translation> cm até à câmara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="61"/>
        <source>Mirror image</source>
        <translation>Imagem espelhada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="62"/>
        <source>Add reading</source>
        <translation>Juntar leitura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="64"/>
        <source>Clear points</source>
        <translation>Limpar pontos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="70"/>
        <source>Zoom out (− key or mouse wheel)</source>
        <translation>Afastar (tecla − ou roda do rato)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="72"/>
        <source>Zoom in (+ key or mouse wheel)</source>
        <translation>Aproximar (tecla + ou roda do rato)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="73"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="74"/>
        <source>Show the whole photo (0 key)</source>
        <translation>Mostrar a foto inteira (tecla 0)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="94"/>
        <source>Mouse wheel or + −: zoom where the cursor is. Middle button or Shift+drag: move the photo. Drag a point to adjust it, right-click it to remove it.</source>
        <translation>Roda do rato ou + −: aproximar onde está o cursor. Botão do meio ou Shift+arrastar: mover a foto. Arraste um ponto para o ajustar, clique com o botão direito para o retirar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="104"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="229"/>
        <source>No readings yet: up to three photos are averaged.</source>
        <translation>Ainda não há leituras: até três fotos são usadas para a média.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="111"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="247"/>
        <source>Save photo PD</source>
        <translation>Guardar DP da foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="113"/>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Open a photo with a bank card</source>
        <translation>Abrir uma foto com um cartão bancário</translation>
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
        <translation>Abra uma foto tirada a cerca de 1 m, cartão encostado à testa, lado comprido na horizontal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="162"/>
        <source>Click the card&apos;s top-left corner.</source>
        <translation>Clique no canto superior esquerdo do cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="163"/>
        <source>Click the card&apos;s top-right corner.</source>
        <translation>Clique no canto superior direito do cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="164"/>
        <source>Click the card&apos;s bottom-right corner.</source>
        <translation>Clique no canto inferior direito do cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="165"/>
        <source>Click the card&apos;s bottom-left corner.</source>
        <translation>Clique no canto inferior esquerdo do cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="166"/>
        <source>Click the pupil on the image&apos;s left (the customer&apos;s right eye).</source>
        <translation>Clique na pupila do lado esquerdo da imagem (o olho direito do cliente).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="167"/>
        <source>Click the pupil on the image&apos;s right (the customer&apos;s left eye).</source>
        <translation>Clique na pupila do lado direito da imagem (o olho esquerdo do cliente).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="168"/>
        <source>Optional: click the bridge of the nose for true monocular PDs, or Add reading.</source>
        <translation>Opcional: clique na ponte do nariz para ter a DP de cada olho, ou em Juntar leitura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="158"/>
        <source>All points placed: drag to adjust, then Add reading.</source>
        <translation>Todos os pontos colocados: arraste para ajustar e depois Juntar leitura.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="205"/>
        <source>Reading {n} added: open the next photo, or save.</source>
        <translation>Leitura {n} juntada: abra a foto seguinte, ou guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="209"/>
        <source>{n} reading(s), spread {spread:.1f} mm</source>
        <translation>{n} leitura(s), diferença {spread:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="210"/>
        <source>Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>DP longe {far:.1f} mm (direito {r:.1f} / esquerdo {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="213"/>
        <source>Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>DP perto {near:.1f} mm (direito {r:.1f} / esquerdo {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="219"/>
        <source>Monocular PDs are halves: click the nose bridge to measure them.</source>
        <translation>A DP de cada olho é a metade: clique na ponte do nariz para a medir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="233"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Guarde primeiro o cliente (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="243"/>
        <source>Photo PD saved.</source>
        <translation>DP da foto guardada.</translation>
    </message>
</context>
<context>
    <name>PrintFaults</name>
    <message>
        <location filename="../../ui/print_faults.py" line="16"/>
        <source>Paused, parked, heaters off: the disk of the data folder is full, so the print&apos;s progress can&apos;t be saved. Free some space on it, then press Resume.</source>
        <translation>Em pausa, bico afastado, aquecedores desligados: o disco da pasta de dados está cheio, por isso o progresso da impressão não pode ser guardado. Liberte espaço e depois prima Retomar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="22"/>
        <source>Paused, parked, heaters off: another program holds Heliofab&apos;s database locked, so the print&apos;s progress can&apos;t be saved. Close that program (a second Heliofab, a backup tool), then press Resume.</source>
        <translation>Em pausa, bico afastado, aquecedores desligados: outro programa tem a base de dados do Heliofab bloqueada, por isso o progresso não pode ser guardado. Feche esse programa (um segundo Heliofab, uma ferramenta de cópia de segurança) e depois prima Retomar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="28"/>
        <source>Paused, parked, heaters off: the disk of the data folder refused to write (a pulled stick, a failing or read-only disk), so the print&apos;s progress can&apos;t be saved. Check the disk, then press Resume.</source>
        <translation>Em pausa, bico afastado, aquecedores desligados: o disco da pasta de dados recusou a escrita (pendrive retirada, disco avariado ou só de leitura), por isso o progresso não pode ser guardado. Verifique o disco e depois prima Retomar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="33"/>
        <source>Paused, parked, heaters off: {reason}. Press Resume when it is fixed.</source>
        <translation>Em pausa, bico afastado, aquecedores desligados: {reason}. Prima Retomar quando estiver resolvido.</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="33"/>
        <source>Bed width</source>
        <translation>Largura da mesa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="34"/>
        <source>Bed depth</source>
        <translation>Profundidade da mesa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="35"/>
        <source>Build height</source>
        <translation>Altura de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="36"/>
        <source>Nozzle</source>
        <translation>Diâmetro do bico</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="37"/>
        <source>Filament</source>
        <translation>Filamento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="38"/>
        <source>Max hotend</source>
        <translation>Hotend máx.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="39"/>
        <source>Max bed</source>
        <translation>Mesa máx.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="40"/>
        <source>Standard layer</source>
        <translation>Camada normal</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="41"/>
        <source>Reaches X down to</source>
        <translation>X desce até</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="42"/>
        <source>Reaches Y down to</source>
        <translation>Y desce até</translation>
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
        <translation>Enchimento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="48"/>
        <source>Solid infill</source>
        <translation>Enchimento sólido</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="49"/>
        <source>First layer</source>
        <translation>Primeira camada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="50"/>
        <source>Travel</source>
        <translation>Deslocação</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="51"/>
        <source>Retraction</source>
        <translation>Retração</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="52"/>
        <source>Retraction speed</source>
        <translation>Velocidade de retração</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="55"/>
        <source>Print acceleration</source>
        <translation>Aceleração de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="56"/>
        <source>Travel acceleration</source>
        <translation>Aceleração de deslocação</translation>
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
        <translation>Em repouso</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="62"/>
        <source>Hotend heating</source>
        <translation>Aquecimento do hotend</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="63"/>
        <source>Bed heating</source>
        <translation>Aquecimento da mesa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="64"/>
        <source>Printing, bed on</source>
        <translation>A imprimir, mesa ligada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="65"/>
        <source>Printing, bed off</source>
        <translation>A imprimir, mesa desligada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="66"/>
        <source>Hotend heats at</source>
        <translation>O hotend aquece a</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="67"/>
        <source>Bed heats at</source>
        <translation>A mesa aquece a</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="87"/>
        <source>Printer profile: {0}</source>
        <translation>Perfil da impressora: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="90"/>
        <source>Heated bed</source>
        <translation>Mesa aquecida</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="95"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Limites de movimento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="100"/>
        <source>Power</source>
        <translation>Potência</translation>
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
        <translation>Valores de origem</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="151"/>
        <source>Saving profile</source>
        <translation>A guardar o perfil</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="163"/>
        <source>Resetting profile</source>
        <translation>A repor o perfil</translation>
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
        <translation>Esconder relatórios de temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="60"/>
        <source>Also hides the printer&apos;s &quot;wait&quot; and &quot;busy: processing&quot; lines and the M105 polls.</source>
        <translation>Esconde também as linhas &quot;wait&quot; e &quot;busy: processing&quot; da impressora e as consultas M105.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="65"/>
        <source>G-code, e.g. M114</source>
        <translation>G-code, ex.: M114</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="66"/>
        <source>Enter sends the command; the up and down arrows bring back earlier ones.</source>
        <translation>Enter envia o comando; as setas para cima e para baixo trazem os anteriores.</translation>
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
        <translation>Impressoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="80"/>
        <source>No printer connected</source>
        <translation>Nenhuma impressora ligada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="81"/>
        <source>Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss.</source>
        <translation>As impressoras USB são comandadas diretamente deste computador, com recuperação se o cabo sair ou a energia falhar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="83"/>
        <source>Plug a printer in, pick its port above and press Connect, or start the simulated printer to try things out.</source>
        <translation>Ligue uma impressora, escolha a porta acima e prima Ligar, ou inicie a impressora simulada para experimentar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="111"/>
        <source>Press Rescan ports, or type a port</source>
        <translation>Prima Procurar portas, ou escreva uma porta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="112"/>
        <source>Show all ports</source>
        <translation>Mostrar todas as portas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="113"/>
        <source>Also list serial ports with no device behind them, such as the computer&apos;s own /dev/ttyS0 or COM1.</source>
        <translation>Mostrar também as portas série sem aparelho ligado, como a /dev/ttyS0 ou COM1 do próprio computador.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="118"/>
        <source>Rescan ports</source>
        <translation>Procurar portas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="119"/>
        <source>Connect</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="120"/>
        <source>Disconnect</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="121"/>
        <source>Close the connection to the printer shown below</source>
        <translation>Fechar a ligação à impressora mostrada abaixo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="122"/>
        <source>Start simulated printer</source>
        <translation>Iniciar impressora simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="127"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="127"/>
        <source>Baud</source>
        <translation>Baud</translation>
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
        <translation>hotend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>bed</source>
        <translation>mesa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="196"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Job</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="199"/>
        <source>No job running.</source>
        <translation>Nenhum trabalho em curso.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="206"/>
        <source>Print file…</source>
        <translation>Imprimir arquivo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="207"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="208"/>
        <source>Pause at next layer</source>
        <translation>Pausa na camada seguinte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="209"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="211"/>
        <source>Emergency stop</source>
        <translation>Paragem de emergência</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="242"/>
        <source>Interrupted jobs</source>
        <translation>Trabalhos interrompidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Stopped at line</source>
        <translation>Parado na linha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="259"/>
        <source>Resume on its printer</source>
        <translation>Retomar na sua impressora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="260"/>
        <source>Abandon</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>serial port</source>
        <translation>porta série</translation>
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
        <translation>rede</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>simulated</source>
        <translation>simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>USB serial device</source>
        <translation>Aparelho série USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>Serial port</source>
        <translation>Porta série</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="278"/>
        <source>Bluetooth serial port</source>
        <translation>Porta série Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="279"/>
        <source>Virtual serial port</source>
        <translation>Porta série virtual</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="280"/>
        <source>Network serial port</source>
        <translation>Porta série de rede</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="281"/>
        <source>Simulated printer</source>
        <translation>Impressora simulada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="317"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="333"/>
        <source>{port}: {state} — {firmware}. {message}</source>
        <translation>{port}: {state} — {firmware}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="335"/>
        <source>unknown firmware</source>
        <translation>firmware desconhecido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="346"/>
        <source>The printer asks: {text}</source>
        <translation>A impressora pergunta: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="347"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="351"/>
        <source>Job {id}: {name}</source>
        <translation>Trabalho {id}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="353"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="355"/>
        <source>Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left</source>
        <translation>Linha {line} de {total} · camada {layer} · {elapsed} passados · faltam {left}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="361"/>
        <source>No job running. Print a checked G-code file, or dispatch one from the queue.</source>
        <translation>Nenhum trabalho em curso. Imprima um arquivo G-code verificado, ou envie um a partir da fila.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="385"/>
        <source>A job is printing: pause it to move the head, load filament or send commands.</source>
        <translation>Há um trabalho a imprimir: ponha-o em pausa para mover a cabeça, carregar filamento ou enviar comandos.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="386"/>
        <source>The printer is {state}: reconnect it to control it by hand.</source>
        <translation>A impressora está {state}: volte a ligá-la para a comandar à mão.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="392"/>
        <source>Reading interrupted jobs</source>
        <translation>A ler os trabalhos interrompidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="400"/>
        <source>{z:.2f} mm (layer {layer})</source>
        <translation>{z:.2f} mm (camada {layer})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="402"/>
        <source>{port} (not plugged in)</source>
        <translation>{port} (não ligada)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="407"/>
        <source>A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last confirmed line.</source>
        <translation>Um trabalho parado por um cabo que saiu, uma impressora que reiniciou, uma falha ou um corte de energia pode continuar a partir da última linha confirmada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="422"/>
        <source>Looking for printers</source>
        <translation>A procurar impressoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="451"/>
        <source>USB id</source>
        <translation>ID USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>Reading material profiles</source>
        <translation>A ler os perfis de material</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="481"/>
        <source>Pick a port first (plug the printer in and press Rescan ports).</source>
        <translation>Escolha primeiro uma porta (ligue a impressora e prima Procurar portas).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="488"/>
        <source>Connecting to {port}</source>
        <translation>A ligar a {port}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="502"/>
        <source>Disconnecting</source>
        <translation>A desligar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="524"/>
        <source>The hotend has not reported its temperature yet: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>O hotend ainda não indicou a temperatura: aqueça-o a pelo menos {min} °C antes de extrudir ou recolher (o Marlin recusa mover filamento num bico frio).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="527"/>
        <source>The hotend is at {now} °C: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>O hotend está a {now} °C: aqueça-o a pelo menos {min} °C antes de extrudir ou recolher (o Marlin recusa mover filamento num bico frio).</translation>
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
        <translation>A verificar e a iniciar {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="574"/>
        <source>Pick the interrupted job to resume first.</source>
        <translation>Escolha primeiro o trabalho interrompido a retomar.</translation>
    </message>
</context>
<context>
    <name>QueueFileDialog</name>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="23"/>
        <source>Queue a G-code file</source>
        <translation>Pôr um arquivo G-code na fila</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="27"/>
        <source>Which printer was {file} sliced for? It is checked for that printer before it is queued.</source>
        <translation>Para que impressora foi fatiado {file}? É verificado para essa impressora antes de entrar na fila.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="34"/>
        <source>{name} (a printer of this lab)</source>
        <translation>{name} (uma impressora deste laboratório)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="53"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Essa hora limite já passou: escolha uma mais tarde, ou desmarque Necessário até.</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="240"/>
        <source>Print Queue</source>
        <translation>Fila de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="242"/>
        <source>The queue is empty</source>
        <translation>A fila está vazia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="243"/>
        <source>Print jobs wait here; each is planned for when the sun and the battery can pay for it.</source>
        <translation>Os trabalhos de impressão esperam aqui; cada um é planeado para quando o sol e a bateria o puderem pagar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="244"/>
        <source>Slice a customized frame or a catalogue design to add a job.</source>
        <translation>Fatie uma armação personalizada ou um modelo do catálogo para adicionar um trabalho.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="250"/>
        <source>Add a sliced G-code file…</source>
        <translation>Adicionar um arquivo G-code fatiado…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="263"/>
        <source>Re-plan now</source>
        <translation>Replanear agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>2 days</source>
        <translation>2 dias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>3 days</source>
        <translation>3 dias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="267"/>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="273"/>
        <source>Add G-code…</source>
        <translation>Adicionar G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="275"/>
        <source>Start and pause prints by themselves</source>
        <translation>Iniciar e pausar impressões sozinho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="277"/>
        <source>Starts planned prints on connected printers and pauses them safely when the battery runs low.</source>
        <translation>Inicia as impressões planeadas nas impressoras ligadas e põe-nas em pausa com segurança quando a bateria fica fraca.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="296"/>
        <source>Order (drag to reorder; first prints first)</source>
        <translation>Ordem (arraste para reordenar; o primeiro imprime primeiro)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="315"/>
        <source>No printer is printing.</source>
        <translation>Nenhuma impressora está a imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="353"/>
        <source>Apply and re-plan</source>
        <translation>Aplicar e replanear</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="355"/>
        <source>Give the chosen waiting job this priority and needed-by time, then plan the queue again.</source>
        <translation>Dar ao trabalho em espera escolhido esta prioridade e hora limite, depois planear a fila de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="358"/>
        <source>Remove from the queue…</source>
        <translation>Retirar da fila…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="363"/>
        <source>Let the planner choose again (unpin)</source>
        <translation>Deixar o planeador escolher de novo (soltar)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="368"/>
        <source>Connected printers (connect one in the Printers area).</source>
        <translation>Impressoras ligadas (ligue uma na área Impressoras).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="370"/>
        <source>No printer connected</source>
        <translation>Nenhuma impressora ligada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="371"/>
        <source>Print now…</source>
        <translation>Imprimir agora…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="373"/>
        <source>Start the chosen job now on the chosen printer, whatever the plan says.</source>
        <translation>Iniciar já o trabalho escolhido na impressora escolhida, diga o plano o que disser.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="387"/>
        <source>Planning the print queue</source>
        <translation>A planear a fila de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="393"/>
        <source>Reading interrupted jobs</source>
        <translation>A ler os trabalhos interrompidos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="409"/>
        <source>Interrupted prints (they go on from their last confirmed line)</source>
        <translation>Impressões interrompidas (continuam a partir da última linha confirmada)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="415"/>
        <source>Resume…</source>
        <translation>Retomar…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="417"/>
        <source>Resume the chosen print on the printer it was printing on.</source>
        <translation>Retomar a impressão escolhida na impressora onde estava a imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="427"/>
        <source>, height {z:.2f} mm</source>
        <translation>, altura {z:.2f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="428"/>
        <source>{port}, not plugged in now</source>
        <translation>{port}, não ligada agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="429"/>
        <source>#{id} {name}: interrupted at line {line} of {total}, layer {layer}{where} (on {port})</source>
        <translation>n.º {id} {name}: interrompido na linha {line} de {total}, camada {layer}{where} (em {port})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="454"/>
        <source>interrupted at line {line} of {total}: resume it below</source>
        <translation>interrompido na linha {line} de {total}: retome-o abaixo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="461"/>
        <source>Choose the interrupted print to resume first.</source>
        <translation>Escolha primeiro a impressão interrompida a retomar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="464"/>
        <source>Resuming job #{id}…</source>
        <translation>A retomar o trabalho n.º {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="486"/>
        <source>{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.</source>
        <translation>{0} planeados, {1} em espera. Bateria no mínimo {2:.0f} % (reserva {3:.0f} %); {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="502"/>
        <source>printing now</source>
        <translation>a imprimir agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="504"/>
        <source>starts {time}</source>
        <translation>começa às {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="506"/>
        <source>not planned yet</source>
        <translation>ainda não planeado</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="527"/>
        <source>Why then: {reason}</source>
        <translation>Porquê: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="553"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Essa hora limite já passou: escolha uma mais tarde, ou desmarque Necessário até.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="559"/>
        <source>Changing the job&apos;s priority and deadline</source>
        <translation>A mudar a prioridade e o prazo do trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="570"/>
        <source>Removing the job</source>
        <translation>A retirar o trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="572"/>
        <source>Remove from the queue</source>
        <translation>Retirar da fila</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="573"/>
        <source>Take job #{id} {name} out of the queue? It will not be printed; queue its file again to print it later.</source>
        <translation>Retirar o trabalho n.º {id} {name} da fila? Não será impresso; ponha o arquivo na fila de novo para o imprimir mais tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="600"/>
        <source>Looking for printers</source>
        <translation>A procurar impressoras</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="617"/>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="630"/>
        <source>Choose a job and a connected printer first.</source>
        <translation>Escolha primeiro um trabalho e uma impressora ligada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="635"/>
        <source>Working out what printing now costs</source>
        <translation>A calcular quanto custa imprimir agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="640"/>
        <source>What printing now does to the battery could not be worked out: {reason}</source>
        <translation>Não foi possível calcular o efeito de imprimir agora na bateria: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="650"/>
        <source>Printing now would take the battery down to {low:.0f} % against your {reserve:.0f} % reserve, around {time}.</source>
        <translation>Imprimir agora baixaria a bateria para {low:.0f} %, abaixo da sua reserva de {reserve:.0f} %, por volta das {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="653"/>
        <source>Without it, the lab&apos;s other loads would take it to {without:.0f} % anyway.</source>
        <translation>Sem ela, os outros consumos do laboratório levá-la-iam a {without:.0f} % de qualquer forma.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="656"/>
        <source>Printing now keeps the battery above your {reserve:.0f} % reserve: at its lowest about {low:.0f} %, around {time}.</source>
        <translation>Imprimir agora mantém a bateria acima da sua reserva de {reserve:.0f} %: no mínimo cerca de {low:.0f} %, por volta das {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="667"/>
        <source>tomorrow {time}</source>
        <translation>amanhã {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="673"/>
        <source>{cost}

Start job #{job} {name} now on {printer}? Check that the bed is clear and the filament loaded.</source>
        <translation>{cost}

Iniciar já o trabalho n.º {job} {name} em {printer}? Confirme que a mesa está livre e o filamento colocado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="677"/>
        <source>Print now</source>
        <translation>Imprimir agora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="684"/>
        <source>Starting job #{job} on {port}…</source>
        <translation>A iniciar o trabalho n.º {job} em {port}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="693"/>
        <source>Starting the print</source>
        <translation>A iniciar a impressão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="701"/>
        <source>Job #{job} finished: {outcome}. {message}</source>
        <translation>Trabalho n.º {job} terminado: {outcome}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="711"/>
        <source>, about {min:.0f} min left</source>
        <translation>, faltam cerca de {min:.0f} min</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="713"/>
        <source>#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}</source>
        <translation>n.º {job} {name} em {port}: {pct:.0f} %, camada {layer}{remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="722"/>
        <source>Print ended. {results}</source>
        <translation>Impressão terminada. {results}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="745"/>
        <source>Reordering</source>
        <translation>A reordenar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="751"/>
        <source>Pinning</source>
        <translation>A fixar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="759"/>
        <source>Unpinning</source>
        <translation>A soltar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="764"/>
        <source>Queue a G-code file</source>
        <translation>Pôr um arquivo G-code na fila</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="765"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="771"/>
        <source>Reading the printer profiles</source>
        <translation>A ler os perfis de impressora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="796"/>
        <source>Checking and analysing the G-code</source>
        <translation>A verificar e a analisar o G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="813"/>
        <source>Prints start on their own at their planned time on connected printers.</source>
        <translation>As impressões começam sozinhas à hora planeada nas impressoras ligadas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="838"/>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../ui/screens/report.py" line="34"/>
        <source>Lab report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="39"/>
        <source>No finished prints yet</source>
        <translation>Ainda não há impressões terminadas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="40"/>
        <source>The report shows what the lab made each month and for each customer: filament, printing minutes, energy from the sun and from the battery, and material cost per item.</source>
        <translation>O relatório mostra o que o laboratório fez em cada mês e para cada cliente: filamento, minutos de impressão, energia do sol e da bateria, e custo de material por peça.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="42"/>
        <source>It fills in by itself as print jobs complete.</source>
        <translation>Preenche-se sozinho à medida que os trabalhos de impressão terminam.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="53"/>
        <source>Per month</source>
        <translation>Por mês</translation>
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
        <translation>A preparar o relatório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Period or customer</source>
        <translation>Período ou cliente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Made</source>
        <translation>Feitos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Failed</source>
        <translation>Falhados</translation>
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
        <translation>Wh do sol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from battery</source>
        <translation>Wh da bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Cost per item</source>
        <translation>Custo por peça</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="113"/>
        <source>Energy (Wh)</source>
        <translation>Energia (Wh)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="114"/>
        <source>Energy per month: sun (yellow) and battery (grey)</source>
        <translation>Energia por mês: sol (amarelo) e bateria (cinzento)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="122"/>
        <source>Export the lab report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="130"/>
        <source>Writing the lab report</source>
        <translation>A escrever o relatório</translation>
    </message>
</context>
<context>
    <name>ResumeFlow</name>
    <message>
        <location filename="../../ui/resume_flow.py" line="65"/>
        <source>Looking for printer ports</source>
        <translation>A procurar as portas das impressoras</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="75"/>
        <source>Job {id} printed on {port}, which is not plugged in now, and no other port is there: plug the printer in, then press Resume again.</source>
        <translation>O trabalho {id} imprimia em {port}, que agora não está ligada, e não há outra porta: ligue a impressora e depois prima Retomar de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="77"/>
        <location filename="../../ui/resume_flow.py" line="85"/>
        <source>an unknown port</source>
        <translation>uma porta desconhecida</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="81"/>
        <location filename="../../ui/resume_flow.py" line="132"/>
        <source>Resume job {id}</source>
        <translation>Retomar o trabalho {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="83"/>
        <source>Job {id} printed on {port}, which is not plugged in now. Choose the port its printer is on now (or plug it back in and press Resume again):</source>
        <translation>O trabalho {id} imprimia em {port}, que agora não está ligada. Escolha a porta onde a impressora está agora (ou volte a ligá-la e prima Retomar de novo):</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="91"/>
        <source>Job {id} was not resumed: it stays interrupted.</source>
        <translation>O trabalho {id} não foi retomado: continua interrompido.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="101"/>
        <source>Resuming job {id}</source>
        <translation>A retomar o trabalho {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="103"/>
        <source>Job {id} resumed on {port}.</source>
        <translation>Trabalho {id} retomado em {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="134"/>
        <source>The printer on {port} restarted and no longer knows where its nozzle is. To resume job {id} it will heat up, home X and Y, and come back down to {z:.2f} mm (layer {layer}).</source>
        <translation>A impressora em {port} reiniciou e já não sabe onde está o bico. Para retomar o trabalho {id} vai aquecer, levar X e Y à origem e voltar a descer até {z:.2f} mm (camada {layer}).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="138"/>
        <source>Is the part still on the bed, where it was printed, and is the nozzle&apos;s way clear of anything (tools, fallen filament, hands)?</source>
        <translation>A peça continua na mesa, onde foi impressa, e o caminho do bico está livre (ferramentas, filamento caído, mãos)?</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="141"/>
        <source>The part is in place: resume</source>
        <translation>A peça está no lugar: retomar</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="142"/>
        <source>Don&apos;t resume</source>
        <translation>Não retomar</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="161"/>
        <source>Job {id} was not resumed: it stays interrupted. Resume it once the part is on the bed and the way is clear.</source>
        <translation>O trabalho {id} não foi retomado: continua interrompido. Retome-o quando a peça estiver na mesa e o caminho livre.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="166"/>
        <source>Heliofab could not open {port} to resume job {id}: check the cable and that no other program uses the port, then press Resume again.</source>
        <translation>O Heliofab não conseguiu abrir {port} para retomar o trabalho {id}: verifique o cabo e que nenhum outro programa usa a porta, depois prima Retomar de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="171"/>
        <source>No printer answered on {port}: check that it is switched on and that this is its port, then press Resume again.</source>
        <translation>Nenhuma impressora respondeu em {port}: verifique que está ligada à corrente e que esta é a sua porta, depois prima Retomar de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="176"/>
        <source>Job {id} can&apos;t be resumed now: it is no longer interrupted (it was resumed or abandoned meanwhile).</source>
        <translation>O trabalho {id} não pode ser retomado agora: já não está interrompido (foi retomado ou abandonado entretanto).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="180"/>
        <source>The G-code of job {id} is missing or changed in the data folder, so nothing was sent: queue the file again.</source>
        <translation>O G-code do trabalho {id} falta ou foi alterado na pasta de dados, por isso nada foi enviado: ponha o arquivo na fila de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="185"/>
        <source>The printer on {port} is busy with another job: wait for it to end, then resume job {id}.</source>
        <translation>A impressora em {port} está ocupada com outro trabalho: espere que termine e depois retome o trabalho {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="188"/>
        <source>Job {id} can&apos;t be resumed on {port}: {reason}</source>
        <translation>O trabalho {id} não pode ser retomado em {port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="189"/>
        <source>Job {id} could not be resumed: {reason}</source>
        <translation>Não foi possível retomar o trabalho {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>ScadCustomizerPanel</name>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="67"/>
        <source>Frame styles</source>
        <translation>Estilos de armação</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="68"/>
        <source>Reset to the design&apos;s defaults</source>
        <translation>Repor os valores de origem do modelo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="91"/>
        <source>Render</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="93"/>
        <source>Write parts…</source>
        <translation>Escrever peças…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="94"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Fatiar &amp;&amp; pôr na fila…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="96"/>
        <source>Slice the part shown and put it in the print queue, or save its G-code.</source>
        <translation>Fatiar a peça mostrada e pô-la na fila de impressão, ou guardar o seu G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="127"/>
        <source>Opening {id}…</source>
        <translation>A abrir {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="136"/>
        <source>Opening the design</source>
        <translation>A abrir o modelo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="142"/>
        <source>{title} (OpenSCAD design)</source>
        <translation>{title} (modelo OpenSCAD)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="143"/>
        <source>Licence: {notice}</source>
        <translation>Licença: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="149"/>
        <source>The mesh that came with the download (its author&apos;s settings).</source>
        <translation>A malha que veio com o download (definições do autor).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="156"/>
        <source>This design declares no Customizer parameters: render it as it is.</source>
        <translation>Este modelo não declara parâmetros do Customizer: calcule-o tal como está.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="205"/>
        <source>Rendered before with these values.</source>
        <translation>Já calculado antes com estes valores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="207"/>
        <source>Press Render to see the part with these values.</source>
        <translation>Prima Calcular para ver a peça com estes valores.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="209"/>
        <source>Looking for a render</source>
        <translation>A procurar um cálculo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="219"/>
        <source>OpenSCAD is rendering: this can take minutes for detailed designs.</source>
        <translation>O OpenSCAD está a calcular: pode levar minutos para modelos detalhados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="229"/>
        <source>Rendered in {s:.1f} s.</source>
        <translation>Calculado em {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="237"/>
        <source>Rendering with OpenSCAD</source>
        <translation>A calcular com o OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="247"/>
        <source>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triangles. {how}</source>
        <translation>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triângulos. {how}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="259"/>
        <source>Cannot use this design: {error}</source>
        <translation>Não é possível usar este modelo: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="288"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Trabalho n.º {job} posto na fila ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="305"/>
        <source>Writing the parts</source>
        <translation>A escrever as peças</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="306"/>
        <source>Wrote {path}</source>
        <translation>{path} escrito</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="310"/>
        <source>Folder for the parts</source>
        <translation>Pasta para as peças</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="53"/>
        <location filename="../../ui/screens/settings.py" line="183"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="184"/>
        <source>This lab</source>
        <translation>Este laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Lab name</source>
        <translation>Nome do laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>Other labs see this name on the catalogues this lab signs.</source>
        <translation>Os outros laboratórios veem este nome nos catálogos que este laboratório assina.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="188"/>
        <source>Currency (ISO code)</source>
        <translation>Moeda (código ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="190"/>
        <source>Currency symbol</source>
        <translation>Símbolo da moeda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>usual symbol</source>
        <translation>símbolo habitual</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Default material</source>
        <translation>Material por omissão</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="193"/>
        <source>What new frames and slices are made of unless you choose another.</source>
        <translation>De que são feitas as novas armações e fatias, salvo se escolher outro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="194"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="195"/>
        <source>Where the lab is</source>
        <translation>Onde fica o laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="196"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="197"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="198"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="199"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="200"/>
        <source>Save the place</source>
        <translation>Guardar o local</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="201"/>
        <source>The lab&apos;s printers</source>
        <translation>As impressoras do laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="204"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="203"/>
        <source>Remove the selected printer</source>
        <translation>Retirar a impressora escolhida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="205"/>
        <source>e.g. Ender by the window</source>
        <translation>ex.: Ender ao pé da janela</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="209"/>
        <source>e.g. /dev/ttyUSB0, COM3 or sim://demo</source>
        <translation>ex.: /dev/ttyUSB0, COM3 ou sim://demo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Add the printer</source>
        <translation>Adicionar a impressora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="219"/>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="237"/>
        <source>Reading the lab&apos;s settings</source>
        <translation>A ler as definições do laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="283"/>
        <source>no port yet</source>
        <translation>ainda sem porta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="306"/>
        <source>The settings could not be saved: {0}</source>
        <translation>Não foi possível guardar as definições: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="308"/>
        <source>Saving the settings</source>
        <translation>A guardar as definições</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="321"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="326"/>
        <source>Costs are shown as {example}</source>
        <translation>Os custos aparecem como {example}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="339"/>
        <source>The place could not be saved: {0}</source>
        <translation>Não foi possível guardar o local: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343"/>
        <source>Saved: the sun&apos;s path and the plan follow the new place.</source>
        <translation>Guardado: o caminho do sol e o plano seguem o novo local.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="345"/>
        <source>Saving the place</source>
        <translation>A guardar o local</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="363"/>
        <source>{name} was added: printing and the queue use it on {port}.</source>
        <translation>{name} foi adicionada: a impressão e a fila usam-na em {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="366"/>
        <source>Adding a printer</source>
        <translation>A adicionar uma impressora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="373"/>
        <source>Select a printer in the list first.</source>
        <translation>Escolha primeiro uma impressora na lista.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="383"/>
        <source>{name} was removed: its jobs go to the other printers.</source>
        <translation>{name} foi retirada: os seus trabalhos passam para as outras impressoras.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="386"/>
        <source>Removing a printer</source>
        <translation>A retirar uma impressora</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="391"/>
        <source>The printers could not be changed: {0}</source>
        <translation>Não foi possível alterar as impressoras: {0}</translation>
    </message>
</context>
<context>
    <name>SlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="599"/>
        <source>Slice</source>
        <translation>Fatiar</translation>
    </message>
</context>
<context>
    <name>SlicingPanel</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="91"/>
        <location filename="../../ui/slicing/dialog.py" line="265"/>
        <source>No parts to slice yet.</source>
        <translation>Ainda não há peças para fatiar.</translation>
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
        <translation>Armações (menos de uma hora)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="100"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="104"/>
        <source>Cooler bed after the first layers</source>
        <translation>Mesa mais fria depois das primeiras camadas</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="113"/>
        <source>Rear, lined up</source>
        <translation>Atrás, alinhada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="114"/>
        <source>Nearest, least travel</source>
        <translation>Mais próxima, menos deslocação</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="116"/>
        <source>Built-in slicer</source>
        <translation>Fatiador integrado</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="118"/>
        <source>PrusaSlicer</source>
        <translation>PrusaSlicer</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="119"/>
        <source>Slice</source>
        <translation>Fatiar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="132"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="134"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="138"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="139"/>
        <source>Print mode</source>
        <translation>Modo de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="140"/>
        <source>Layer height</source>
        <translation>Altura da camada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="141"/>
        <source>First layer speed</source>
        <translation>Velocidade da 1.ª camada</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="143"/>
        <source>Perimeters</source>
        <translation>Perímetros</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="144"/>
        <source>Infill</source>
        <translation>Enchimento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="145"/>
        <source>Skirt loops</source>
        <translation>Voltas da saia</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="146"/>
        <source>Seam</source>
        <translation>Costura</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="147"/>
        <source>Slicer</source>
        <translation>Fatiador</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="152"/>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="156"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="157"/>
        <source>Print time</source>
        <translation>Tempo de impressão</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="158"/>
        <source>Heating up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="159"/>
        <source>Filament</source>
        <translation>Filamento</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="160"/>
        <source>Material cost</source>
        <translation>Custo do material</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="161"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="162"/>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="177"/>
        <source>Add to queue</source>
        <translation>Adicionar à fila</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="179"/>
        <source>Save G-code…</source>
        <translation>Guardar G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="181"/>
        <source>Write the checked G-code to a file, for a printer&apos;s SD card.</source>
        <translation>Escrever o G-code verificado num arquivo, para o cartão SD de uma impressora.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="196"/>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <location filename="../../ui/slicing/dialog.py" line="461"/>
        <source>Layer —</source>
        <translation>Camada —</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="197"/>
        <source>Show travels</source>
        <translation>Mostrar deslocações</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="263"/>
        <source>{0} part(s): {1}</source>
        <translation>{0} peça(s): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="278"/>
        <source>Loading profiles</source>
        <translation>A carregar os perfis</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="341"/>
        <source>Slicing…</source>
        <translation>A fatiar…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="345"/>
        <source>Slicing</source>
        <translation>A fatiar</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="357"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="386"/>
        <source>Sliced in {0:.1f} s. Safe to print.</source>
        <translation>Fatiado em {0:.1f} s. Pronto a imprimir com segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="388"/>
        <source>Sliced in {0:.1f} s after repairing {1}. Safe to print.</source>
        <translation>Fatiado em {0:.1f} s depois de reparar {1}. Pronto a imprimir com segurança.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="393"/>
        <source>{0}, fits in one hour</source>
        <translation>{0}, cabe numa hora</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="394"/>
        <source>{0}, does not fit in one hour</source>
        <translation>{0}, não cabe numa hora</translation>
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
        <translation>Camada {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="447"/>
        <source>Settings changed: slice again to see the estimate.</source>
        <translation>Definições alteradas: fatie de novo para ver a estimativa.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="493"/>
        <source>Saved {path} ({kb} KB), checked for {printer}.</source>
        <translation>{path} guardado ({kb} KB), verificado para {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="501"/>
        <source>Saving the G-code…</source>
        <translation>A guardar o G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="502"/>
        <source>Saving G-code</source>
        <translation>A guardar o G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="509"/>
        <source>Save G-code for an SD card</source>
        <translation>Guardar G-code para um cartão SD</translation>
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
        <translation>oval</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="29"/>
        <source>uncut</source>
        <translation>por cortar</translation>
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
        <translation>Diâmetro/largura (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Height (mm)</source>
        <translation>Altura (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Power (D)</source>
        <translation>Grau (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Thickness (mm)</source>
        <translation>Espessura (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Port (mm)</source>
        <translation>Orifício (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="50"/>
        <source>Add lenses</source>
        <translation>Adicionar lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="55"/>
        <source>e.g. 44</source>
        <translation>ex.: 44</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="56"/>
        <source>ovals only</source>
        <translation>só ovais</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="57"/>
        <source>e.g. +1.5</source>
        <translation>ex.: +1,5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="58"/>
        <source>e.g. 10</source>
        <translation>ex.: 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="60"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="61"/>
        <source>modules only</source>
        <translation>só módulos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Ø / width</source>
        <translation>Ø / largura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Power</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Module thickness</source>
        <translation>Espessura do módulo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="67"/>
        <source>Filling port</source>
        <translation>Orifício de enchimento</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="72"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="75"/>
        <source>Update selected</source>
        <translation>Atualizar a escolhida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="83"/>
        <source>Take one (−1)</source>
        <translation>Tirar uma (−1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="85"/>
        <source>Put back (+1)</source>
        <translation>Devolver (+1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="87"/>
        <source>Delete line</source>
        <translation>Apagar linha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="97"/>
        <source>Load lens stock</source>
        <translation>A carregar o stock de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="131"/>
        <source>Choose a line of the stock first.</source>
        <translation>Escolha primeiro uma linha do stock.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="168"/>
        <source>Save lenses</source>
        <translation>A guardar as lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="178"/>
        <source>Update lens stock</source>
        <translation>A atualizar o stock de lentes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="187"/>
        <source>Delete lens line</source>
        <translation>A apagar a linha de lentes</translation>
    </message>
</context>
<context>
    <name>SuggestTab</name>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="53"/>
        <source>Customer and style</source>
        <translation>Cliente e estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="59"/>
        <source>right eye</source>
        <translation>olho direito</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="60"/>
        <source>left eye</source>
        <translation>olho esquerdo</translation>
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
        <translation>Só lentes em stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="64"/>
        <source>Reading glasses (near PD)</source>
        <translation>Óculos de leitura (DP perto)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="65"/>
        <source>&amp;Style</source>
        <translation>&amp;Estilo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="66"/>
        <source>Right eye PD (mm)</source>
        <translation>DP olho direito (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="67"/>
        <source>Left eye PD (mm)</source>
        <translation>DP olho esquerdo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="68"/>
        <source>Head width (mm)</source>
        <translation>Largura da cabeça (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="69"/>
        <source>Lens power (D)</source>
        <translation>Grau da lente (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="78"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="204"/>
        <source>Suggest sizes</source>
        <translation>Sugerir tamanhos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="93"/>
        <source>Open in customizer</source>
        <translation>Abrir no personalizador</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="95"/>
        <source>Preview on photo</source>
        <translation>Ver na foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="115"/>
        <source>The frame outline is drawn here over the customer&apos;s latest card photo.</source>
        <translation>O contorno da armação é desenhado aqui sobre a foto com cartão mais recente do cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="132"/>
        <source>The style or the figures changed: press Suggest sizes again.</source>
        <translation>O estilo ou os números mudaram: prima Sugerir tamanhos de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="197"/>
        <source>Checking every lens size and bridge…</source>
        <translation>A verificar cada tamanho de lente e de ponte…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="214"/>
        <source>#{rank}: lens {a:g} × {b:g} mm, bridge {dbl} mm</source>
        <translation>n.º {rank}: lente {a:g} × {b:g} mm, ponte {dbl} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="221"/>
        <source>{passed} of {checked} sizes pass every frame check; the best {n} are shown.</source>
        <translation>{passed} de {checked} tamanhos passam todas as verificações da armação; os {n} melhores são mostrados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="243"/>
        <source>No card photo kept for this customer: the preview needs one.</source>
        <translation>Não há foto com cartão guardada para este cliente: a pré-visualização precisa de uma.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="251"/>
        <source>Latest card photo; suggestions are drawn at true scale.</source>
        <translation>Foto com cartão mais recente; as sugestões são desenhadas em tamanho real.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="254"/>
        <source>Open photo</source>
        <translation>Abrir foto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="267"/>
        <source>Draw frame on photo</source>
        <translation>Desenhar armação na foto</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/screens/sync.py" line="50"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="57"/>
        <source>Look for sticks again</source>
        <translation>Procurar pendrives de novo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="58"/>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="67"/>
        <source>No USB stick found</source>
        <translation>Nenhuma pendrive encontrada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="68"/>
        <source>Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked.</source>
        <translation>Os catálogos viajam entre laboratórios em pendrives: só o que mudou é copiado, e cada arquivo é verificado.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="70"/>
        <source>Insert a USB stick, or choose a folder, to export or import a catalogue.</source>
        <translation>Insira uma pendrive, ou escolha uma pasta, para exportar ou importar um catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="80"/>
        <source>No stick or folder chosen.</source>
        <translation>Nenhuma pendrive ou pasta escolhida.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Check what&apos;s on it</source>
        <translation>Ver o que contém</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="86"/>
        <source>Import into this lab</source>
        <translation>Importar para este laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="87"/>
        <source>Export this lab&apos;s catalogue</source>
        <translation>Exportar o catálogo deste laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="88"/>
        <source>Back up the whole lab</source>
        <translation>Fazer cópia de segurança de todo o laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="89"/>
        <source>Trust this publisher…</source>
        <translation>Confiar neste editor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="90"/>
        <source>Copy Heliofab to this stick</source>
        <translation>Copiar o Heliofab para esta pendrive</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="92"/>
        <source>So that other laptops can install Heliofab with no internet: for this computer&apos;s system and Windows, with this Python version. Other systems and versions: heliofab installer --help.</source>
        <translation>Para que outros computadores possam instalar o Heliofab sem internet: para o sistema deste computador e para Windows, com esta versão do Python. Outros sistemas e versões: heliofab installer --help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Design</source>
        <translation>Modelo</translation>
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
    <message>
        <location filename="../../ui/screens/sync.py" line="152"/>
        <source>Looking for USB sticks</source>
        <translation>A procurar pendrives</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="160"/>
        <source>has a catalogue</source>
        <translation>tem um catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="162"/>
        <source>has a backup</source>
        <translation>tem uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="163"/>
        <source>{free:.1f} GB free</source>
        <translation>{free:.1f} GB livres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="176"/>
        <source>Choose the stick or folder</source>
        <translation>Escolher a pendrive ou a pasta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <source>It holds a catalogue.</source>
        <translation>Contém um catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <location filename="../../ui/screens/sync.py" line="214"/>
        <source>No catalogue on it yet.</source>
        <translation>Ainda sem catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="196"/>
        <location filename="../../ui/screens/sync.py" line="221"/>
        <source>Chosen: {path}. {what}</source>
        <translation>Escolhido: {path}. {what}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="198"/>
        <source>Reading the stick</source>
        <translation>A ler a pendrive</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="206"/>
        <source>Its catalogue cannot be read: {problem}</source>
        <translation>O catálogo não pode ser lido: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="210"/>
        <source>It holds a catalogue of %n design from {lab}.</source>
        <translation>
            <numerusform>Contém um catálogo de %n modelo de {lab}.</numerusform>
            <numerusform>Contém um catálogo de %n modelos de {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="211"/>
        <source>It holds a catalogue of %n designs from {lab}.</source>
        <translation>
            <numerusform>Contém um catálogo de %n modelo de {lab}.</numerusform>
            <numerusform>Contém um catálogo de %n modelos de {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="218"/>
        <source>Last export from this lab: {when} (%n design).</source>
        <translation>
            <numerusform>Última exportação deste laboratório: {when} (%n modelo).</numerusform>
            <numerusform>Última exportação deste laboratório: {when} (%n modelos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="219"/>
        <source>Last export from this lab: {when} (%n designs).</source>
        <translation>
            <numerusform>Última exportação deste laboratório: {when} (%n modelo).</numerusform>
            <numerusform>Última exportação deste laboratório: {when} (%n modelos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="319"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="320"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizado</numerusform>
            <numerusform>%n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="321"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sem alterações</numerusform>
            <numerusform>%n sem alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="322"/>
        <source>%n older</source>
        <translation>
            <numerusform>%n mais antigo</numerusform>
            <numerusform>%n mais antigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="323"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n em conflito</numerusform>
            <numerusform>%n em conflito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="384"/>
        <source>Exported %n design</source>
        <translation>
            <numerusform>%n modelo exportado</numerusform>
            <numerusform>%n modelos exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="385"/>
        <source>Exported %n designs</source>
        <translation>
            <numerusform>%n modelo exportado</numerusform>
            <numerusform>%n modelos exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="386"/>
        <source>%n file copied</source>
        <translation>
            <numerusform>%n arquivo copiado</numerusform>
            <numerusform>%n arquivos copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="387"/>
        <source>%n files copied</source>
        <translation>
            <numerusform>%n arquivo copiado</numerusform>
            <numerusform>%n arquivos copiados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="388"/>
        <source>{exported}: {files}, {skipped} already on the stick.</source>
        <translation>{exported}: {files}, {skipped} já estavam na pendrive.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="398"/>
        <source>%n imported design from an unknown publisher or an unsigned catalogue stays off it too: exporting it would vouch for it with this lab&apos;s signature.</source>
        <translation>
            <numerusform>%n modelo importado de um editor desconhecido ou de um catálogo sem assinatura também fica de fora: exportá-lo seria garanti-lo com a assinatura deste laboratório.</numerusform>
            <numerusform>%n modelos importados de um editor desconhecido ou de um catálogo sem assinatura também ficam de fora: exportá-los seria garanti-los com a assinatura deste laboratório.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="402"/>
        <source>%n imported designs from an unknown publisher or an unsigned catalogue stay off it too: exporting them would vouch for them with this lab&apos;s signature.</source>
        <translation>
            <numerusform>%n modelo importado de um editor desconhecido ou de um catálogo sem assinatura também fica de fora: exportá-lo seria garanti-lo com a assinatura deste laboratório.</numerusform>
            <numerusform>%n modelos importados de um editor desconhecido ou de um catálogo sem assinatura também ficam de fora: exportá-los seria garanti-los com a assinatura deste laboratório.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="212"/>
        <location filename="../../ui/screens/sync.py" line="335"/>
        <source>an unnamed lab</source>
        <translation>um laboratório sem nome</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="234"/>
        <source>Cancelling… the stick keeps its previous complete catalogue.</source>
        <translation>A cancelar… a pendrive mantém o catálogo completo anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="264"/>
        <source>Sync stopped</source>
        <translation>Sincronização parada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="302"/>
        <source>Checking {path}</source>
        <translation>A verificar {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="328"/>
        <source>Signed by {name}, a publisher this lab trusts ({fp}).</source>
        <translation>Assinado por {name}, um editor em que este laboratório confia ({fp}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="330"/>
        <source>Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. Call that lab and compare the fingerprint before trusting it.</source>
        <translation>Assinado por {name} ({fp}), ainda sem confiança aqui: os modelos entram marcados como tal. Telefone a esse laboratório e compare a impressão digital antes de confiar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="333"/>
        <source>NOT signed: designs come in marked unsigned and never replace trusted ones.</source>
        <translation>SEM assinatura: os modelos entram marcados como não assinados e nunca substituem os de confiança.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="345"/>
        <source>Importing from {path}</source>
        <translation>A importar de {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="352"/>
        <source>Imported: </source>
        <translation>Importado: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="361"/>
        <source>Exporting to {path}</source>
        <translation>A exportar para {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="372"/>
        <source>Another lab&apos;s catalogue</source>
        <translation>Catálogo de outro laboratório</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="373"/>
        <source>Replace it with this lab&apos;s catalogue anyway?</source>
        <translation>Substituí-lo mesmo assim pelo catálogo deste laboratório?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="393"/>
        <source>Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported or made go on the stick.</source>
        <translation>Os modelos incluídos viajam com o próprio Heliofab (todas as cópias os têm): só os modelos que este laboratório importou ou fez vão para a pendrive.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="426"/>
        <source>Backing up to {path}</source>
        <translation>A fazer cópia de segurança em {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="434"/>
        <source>The signing key is in it, encrypted with your passphrase.</source>
        <translation>A chave de assinatura está incluída, cifrada com a sua frase-passe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="435"/>
        <source>The signing key was left out: copy the keys folder of the data folder by hand to move it.</source>
        <translation>A chave de assinatura ficou de fora: para a mover, copie à mão a pasta keys da pasta de dados.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="438"/>
        <source>The lab has no signing key yet, so the backup holds none: one is made at the first catalogue export.</source>
        <translation>O laboratório ainda não tem chave de assinatura, por isso a cópia não tem nenhuma: é criada na primeira exportação do catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="442"/>
        <source>Backed up and verified in {folder}. It holds customers&apos; data: keep the stick safe.</source>
        <translation>Cópia de segurança feita e verificada em {folder}. Contém dados dos clientes: guarde a pendrive em lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="452"/>
        <source>{count} damaged stored file(s) were left out ({used}): run `heliofab doctor --repair` to move them aside, then re-import or re-queue what they belonged to.</source>
        <translation>{count} arquivo(s) guardado(s) danificado(s) ficaram de fora ({used}): execute `heliofab doctor --repair` para os pôr de lado, depois volte a importar ou a pôr na fila aquilo a que pertenciam.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="454"/>
        <source>nothing refers to them any more</source>
        <translation>já nada se refere a eles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="471"/>
        <source>Copying Heliofab to {path}</source>
        <translation>A copiar o Heliofab para {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="474"/>
        <source>Cancelling… the stick keeps what it held before.</source>
        <translation>A cancelar… a pendrive mantém o que tinha antes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="478"/>
        <source>Heliofab is on the stick for {targets}: on each laptop run install.bat (Windows) or install.sh (Linux, macOS) from it.</source>
        <translation>O Heliofab está na pendrive para {targets}: em cada computador, execute install.bat (Windows) ou install.sh (Linux, macOS) a partir dela.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="481"/>
        <source>Not on it, as there is no network: {targets}.</source>
        <translation>Não incluído, por não haver rede: {targets}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <location filename="../../ui/screens/sync.py" line="496"/>
        <source>Trust a publisher</source>
        <translation>Confiar num editor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <source>The lab&apos;s name:</source>
        <translation>O nome do laboratório:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="497"/>
        <source>Type the fingerprint that lab reads to you over the phone (not the one shown here):</source>
        <translation>Escreva a impressão digital que esse laboratório lhe lê ao telefone (não a que aparece aqui):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="508"/>
        <source>Trusting a publisher</source>
        <translation>A confiar num editor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="511"/>
        <source>Not trusted</source>
        <translation>Sem confiança</translation>
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
        <translation>Ainda nenhuma temperatura indicada.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="25"/>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="26"/>
        <source>Heat the hotend and the bed to these temperatures</source>
        <translation>Aquecer o hotend e a mesa a estas temperaturas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Hotend</source>
        <translation>Hotend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Bed</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="36"/>
        <source>Cool down</source>
        <translation>Arrefecer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="37"/>
        <source>Switch the hotend and bed heaters off</source>
        <translation>Desligar os aquecedores do hotend e da mesa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="52"/>
        <source>{name} {hotend}/{bed}</source>
        <translation>{name} {hotend}/{bed}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="54"/>
        <source>Preheat for {name}: hotend {hotend} °C, bed {bed} °C</source>
        <translation>Pré-aquecer para {name}: hotend {hotend} °C, mesa {bed} °C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="67"/>
        <source>Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C</source>
        <translation>Hotend {h:.1f} / {ht:.0f} °C   Mesa {b} / {bt} °C</translation>
    </message>
</context>
<context>
    <name>TemplatePrint</name>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="43"/>
        <source>This template has no size in millimetres, so it cannot be printed at 1:1.</source>
        <translation>Este molde não tem tamanho em milímetros, por isso não pode ser impresso a 1:1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="58"/>
        <source>Heliofab paper template</source>
        <translation>Molde de papel Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="77"/>
        <source>The template could not be read, so nothing was printed: make it again.</source>
        <translation>Não foi possível ler o molde, por isso nada foi impresso: faça-o de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="81"/>
        <source>The printer refused the page: check it is switched on and has paper, then try again.</source>
        <translation>A impressora recusou a página: verifique que está ligada e tem papel, depois tente de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="96"/>
        <source>Print the paper template at 100 %</source>
        <translation>Imprimir o molde de papel a 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="106"/>
        <source>Template sent to {printer} at 100 %: check its 100 mm line measures 100 mm.</source>
        <translation>Molde enviado para {printer} a 100 %: confirme que a linha de 100 mm mede 100 mm.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="113"/>
        <source>Planning…</source>
        <translation>A planear…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="147"/>
        <source>sun</source>
        <translation>sol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="164"/>
        <source>battery</source>
        <translation>bateria</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="200"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
</context>
</TS>
