<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>BedView3D</name>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="113"/>
        <source>3D view</source>
        <translation>Mwonekano wa 3D</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="122"/>
        <source>The parts appear here once every check passes.</source>
        <translation>Vipande vinaonekana hapa ukaguzi wote ukipita.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="123"/>
        <source>Drawing…</source>
        <translation>Inachora…</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="181"/>
        <source>Catalogue</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="188"/>
        <source>Search designs: title, tags, author…</source>
        <translation>Tafuta miundo: jina, lebo, mwandishi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="192"/>
        <source>Fits bed (mm)</source>
        <translation>Inatosha kitandani (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="194"/>
        <source>Any bed size</source>
        <translation>Kitanda cha ukubwa wowote</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="203"/>
        <source>Import files…</source>
        <translation>Leta faili…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="220"/>
        <location filename="../../ui/screens/catalogue.py" line="404"/>
        <source>All categories</source>
        <translation>Aina zote</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="221"/>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>All licences</source>
        <translation>Leseni zote</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="244"/>
        <source>Choose a design to see its licence, author and files.</source>
        <translation>Chagua muundo uone leseni, mwandishi na faili zake.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="248"/>
        <source>Open in customizer</source>
        <translation>Fungua katika kibunifu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="252"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Kata tabaka &amp;&amp; weka foleni…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="260"/>
        <source>Edit details…</source>
        <translation>Hariri maelezo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="262"/>
        <source>Name, author, licence, source and notes of a design this lab imported.</source>
        <translation>Jina, mwandishi, leseni, chanzo na maelezo ya muundo ulioletwa na karakana hii.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="265"/>
        <source>Bundled with Heliofab: its details are read-only.</source>
        <translation>Umekuja na Heliofab: maelezo yake hayawezi kubadilishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="284"/>
        <source>No designs yet</source>
        <translation>Bado hakuna miundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="285"/>
        <source>The catalogue holds the frame styles and other designs this lab can print, with their licences.</source>
        <translation>Katalogi ina mitindo ya fremu na miundo mingine ambayo karakana hii inaweza kuchapisha, pamoja na leseni zake.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="286"/>
        <source>Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area.</source>
        <translation>Leta faili za STL/3MF au zip ya muundo, au leta katalogi kwenye flash kupitia sehemu ya Sawazisha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="289"/>
        <source>No design matches</source>
        <translation>Hakuna muundo unaolingana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="290"/>
        <source>Nothing in the catalogue matches these words and filters.</source>
        <translation>Hakuna kitu katika katalogi kinacholingana na maneno na vichujio hivi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="291"/>
        <source>Clear the search box or choose “All categories” and “All licences”.</source>
        <translation>Futa kisanduku cha utafutaji au chagua “Aina zote” na “Leseni zote”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="348"/>
        <source>Loading the catalogue</source>
        <translation>Inapakia katalogi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="378"/>
        <source>Loading thumbnails</source>
        <translation>Inapakia picha ndogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n design</source>
        <translation>
            <numerusform>Muundo %n</numerusform>
            <numerusform>Miundo %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n designs</source>
        <translation>
            <numerusform>Muundo %n</numerusform>
            <numerusform>Miundo %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="447"/>
        <source>Loading the design</source>
        <translation>Inapakia muundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="456"/>
        <source>Bundled with Heliofab</source>
        <translation>Umekuja na Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="457"/>
        <source>Made or imported in this lab</source>
        <translation>Umetengenezwa au kuletwa na karakana hii</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="458"/>
        <source>From a trusted lab</source>
        <translation>Kutoka karakana inayoaminiwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="459"/>
        <source>From a lab you have not trusted yet</source>
        <translation>Kutoka karakana ambayo bado hujaiamini</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="460"/>
        <source>Unsigned: origin unknown</source>
        <translation>Bila sahihi: chanzo hakijulikani</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Credit</source>
        <translation>Sifa kwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Origin</source>
        <translation>Asili</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="465"/>
        <source>Not for sale without checking: the licence restricts commercial use or is unknown.</source>
        <translation>Usiuze bila kukagua: leseni inazuia matumizi ya kibiashara au haijulikani.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="494"/>
        <source>Choose its values in the customizer, then slice it and queue it from there.</source>
        <translation>Chagua thamani zake katika kibunifu, kisha ukate tabaka na uweke foleni kutoka huko.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="496"/>
        <source>Slice this design, see its time, grams, cost and energy, then queue it or save the G-code.</source>
        <translation>Kata tabaka za muundo huu, uone muda, gramu, gharama na nishati, kisha uweke foleni au uhifadhi G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Import designs</source>
        <translation>Leta miundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Designs (*.stl *.3mf *.zip)</source>
        <translation>Miundo (*.stl *.3mf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="548"/>
        <source>Importing {name}</source>
        <translation>Inaleta {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="554"/>
        <source>%n kept as it was</source>
        <translation>
            <numerusform>%n umebaki kama ulivyokuwa</numerusform>
            <numerusform>%n imebaki kama ilivyokuwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="555"/>
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n umebaki kama ulivyokuwa</numerusform>
            <numerusform>%n imebaki kama ilivyokuwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="557"/>
        <source>%n new</source>
        <translation>
            <numerusform>Mpya %n</numerusform>
            <numerusform>Mipya %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="558"/>
        <source>%n updated</source>
        <translation>
            <numerusform>uliosasishwa %n</numerusform>
            <numerusform>iliyosasishwa %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="559"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>usiobadilika %n</numerusform>
            <numerusform>isiyobadilika %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="564"/>
        <source>Import finished</source>
        <translation>Kuleta kumekamilika</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="25"/>
        <source>Search name or code (Ctrl+F)</source>
        <translation>Tafuta jina au namba (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="31"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Mteja mpya (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="45"/>
        <source> · PD {pd}</source>
        <translation> · PD {pd}</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="39"/>
        <source>child</source>
        <translation>mtoto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="40"/>
        <source>teen</source>
        <translation>kijana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="41"/>
        <source>adult</source>
        <translation>mtu mzima</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="42"/>
        <source>senior</source>
        <translation>mzee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="56"/>
        <source>Intake</source>
        <translation>Usajili</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="60"/>
        <source>made up when empty</source>
        <translation>hutengenezwa kikiwa tupu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="66"/>
        <source>Agrees to photos being kept on this laptop</source>
        <translation>Anakubali picha zihifadhiwe kwenye kompyuta hii</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="80"/>
        <source>Co&amp;de</source>
        <translation>&amp;Namba</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="81"/>
        <source>Con&amp;tact</source>
        <translation>&amp;Mawasiliano</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="82"/>
        <source>&amp;Age group</source>
        <translation>&amp;Kundi la umri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="84"/>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="86"/>
        <source>Save (Ctrl+S)</source>
        <translation>Hifadhi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="88"/>
        <source>Delete customer…</source>
        <translation>Futa mteja…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="98"/>
        <source>Measurements</source>
        <translation>Vipimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Method</source>
        <translation>Njia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Far PD</source>
        <translation>PD mbali</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Near PD</source>
        <translation>PD karibu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Mono R/L</source>
        <translation>Jicho moja K/Ks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Head width</source>
        <translation>Upana wa kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Power R/L</source>
        <translation>Nguvu K/Ks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="108"/>
        <source>Saved fits</source>
        <translation>Ufaaji uliohifadhiwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="114"/>
        <source>Open in customizer</source>
        <translation>Fungua katika kibunifu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="116"/>
        <source>Print again…</source>
        <translation>Chapisha tena…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="119"/>
        <source>Slice the selected fit as it was saved and queue it for the customer (no new fit is saved).</source>
        <translation>Kata tabaka za ufaaji uliochaguliwa kama ulivyohifadhiwa na uweke foleni kwa mteja (hakuna ufaaji mpya unaohifadhiwa).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="121"/>
        <source>Save STL files…</source>
        <translation>Hifadhi faili za STL…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="123"/>
        <source>Export JSON…</source>
        <translation>Hamisha JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="125"/>
        <source>Import JSON…</source>
        <translation>Leta JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="127"/>
        <source>Sold (not a gift)</source>
        <translation>Inauzwa (si zawadi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="128"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Fremu hizi zinauzwa (si zawadi wala matumizi binafsi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="138"/>
        <source>Orders (print jobs)</source>
        <translation>Oda (kazi za uchapishaji)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="149"/>
        <source>Self-adjustable lenses</source>
        <translation>Lenzi za kujirekebisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="151"/>
        <source>The customer tuned the lenses themselves (no prescription needed)</source>
        <translation>Mteja alirekebisha lenzi mwenyewe (bila cheti cha daktari)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="165"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="248"/>
        <source>Module not recorded</source>
        <translation>Moduli haijarekodiwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="166"/>
        <source>Record on the selected fit</source>
        <translation>Rekodi kwenye ufaaji uliochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="169"/>
        <source>Lens module used</source>
        <translation>Moduli ya lenzi iliyotumika</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="201"/>
        <source>, paper-check changes</source>
        <translation>, mabadiliko ya ukaguzi wa karatasi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="203"/>
        <source>, tuned by the customer</source>
        <translation>, zimerekebishwa na mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="214"/>
        <source>No orders yet.</source>
        <translation>Bado hakuna oda.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="219"/>
        <source> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)</source>
        <translation> · {g:.1f} g · {min:.0f} dak · {wh:.1f} Wh (jua {sun:.1f}, betri {bat:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="223"/>
        <source>measured by the charge controller</source>
        <translation>imepimwa na kidhibiti chaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="224"/>
        <source>partly measured by the charge controller</source>
        <translation>imepimwa kwa sehemu na kidhibiti chaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="225"/>
        <source>estimated, no controller readings</source>
        <translation>makadirio, bila vipimo vya kidhibiti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="275"/>
        <source>Saved {label}.</source>
        <translation>{label} imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="278"/>
        <source>Save customer</source>
        <translation>Hifadhi mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="286"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="300"/>
        <source>Delete customer</source>
        <translation>Futa mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="287"/>
        <source>Delete {label} with all measurements, fits and photos? This cannot be undone.</source>
        <translation>Futa {label} pamoja na vipimo, ufaaji na picha zote? Hili haliwezi kurudishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="296"/>
        <source>Deleted {label} and their photos.</source>
        <translation>{label} na picha zake zimefutwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="309"/>
        <source>Choose a saved fit in the list first.</source>
        <translation>Kwanza chagua ufaaji uliohifadhiwa kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="319"/>
        <source>Open fit</source>
        <translation>Fungua ufaaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="334"/>
        <source>Write the parts (STL) to</source>
        <translation>Andika vipande (STL) kwenye</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="345"/>
        <source>Reprint fit</source>
        <translation>Chapisha ufaaji tena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="347"/>
        <source>Wrote {n} files to {folder}.</source>
        <translation>Faili {n} zimeandikwa kwenye {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="355"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="359"/>
        <source>Export fit</source>
        <translation>Hamisha ufaaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="361"/>
        <source>Exported to {path}.</source>
        <translation>Imehamishwa kwenda {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="367"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="381"/>
        <source>Import fit</source>
        <translation>Leta ufaaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="377"/>
        <source>Imported fit #{id}.</source>
        <translation>Ufaaji Na. {id} umeletwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="396"/>
        <source>module not recorded</source>
        <translation>moduli haijarekodiwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="397"/>
        <source>Fit #{id}: tuned by the customer ({module}).</source>
        <translation>Ufaaji Na. {id}: umerekebishwa na mteja ({module}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="399"/>
        <source>Fit #{id}: not tuned by the customer.</source>
        <translation>Ufaaji Na. {id}: haujarekebishwa na mteja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="405"/>
        <source>Record self-tuned lenses</source>
        <translation>Rekodi lenzi zilizorekebishwa na mteja</translation>
    </message>
</context>
<context>
    <name>CustomizerScreen</name>
    <message>
        <location filename="../../ui/screens/customizer.py" line="96"/>
        <source>Customizer</source>
        <translation>Kibunifu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="133"/>
        <source> (child)</source>
        <translation> (mtoto)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="135"/>
        <source>Fit bridge to PD</source>
        <translation>Linganisha daraja na PD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="136"/>
        <source>Set the bridge so the lens centres sit exactly on the pupils.</source>
        <translation>Weka daraja ili vituo vya lenzi viwe sawasawa mbele ya mboni.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="137"/>
        <source>Reset to style defaults</source>
        <translation>Rudisha thamani za mtindo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="138"/>
        <source>Frame style:</source>
        <translation>Mtindo wa fremu:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="144"/>
        <location filename="../../ui/screens/customizer.py" line="286"/>
        <source>Not tied to a customer</source>
        <translation>Bila mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="161"/>
        <source>Front and temple</source>
        <translation>Mbele na mkono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="162"/>
        <source>Print bed (3D)</source>
        <translation>Kitanda cha printa (3D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="163"/>
        <source>Actual size on screen (when it fits)</source>
        <translation>Ukubwa halisi kwenye skrini (ukitosha)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="173"/>
        <source>Write parts…</source>
        <translation>Andika vipande…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="174"/>
        <source>Paper template…</source>
        <translation>Kiolezo cha karatasi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="175"/>
        <source>Print template…</source>
        <translation>Chapisha kiolezo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="176"/>
        <source>Print the 1:1 template at 100 % on this laptop&apos;s printer.</source>
        <translation>Chapisha kiolezo cha 1:1 kwa 100 % kwenye printa ya karatasi ya kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="177"/>
        <source>Save parameter set…</source>
        <translation>Hifadhi seti ya vigezo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="178"/>
        <source>Load parameter set…</source>
        <translation>Pakia seti ya vigezo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="179"/>
        <source>Save as fit</source>
        <translation>Hifadhi kama ufaaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="180"/>
        <source>Available once customers and fits are set up.</source>
        <translation>Inapatikana wateja na ufaaji vikiwepo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="181"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Kata tabaka &amp;&amp; weka foleni…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="183"/>
        <location filename="../../ui/screens/customizer.py" line="593"/>
        <source>Slice the saved fit and put it in the print queue for its customer.</source>
        <translation>Kata tabaka za ufaaji uliohifadhiwa na uweke kwenye foleni ya uchapishaji kwa mteja wake.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="187"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Fremu hizi zinauzwa (si zawadi wala matumizi binafsi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="293"/>
        <source>Saved as fit #{id}: slice it and queue it for the customer.</source>
        <translation>Imehifadhiwa kama ufaaji Na. {id}: kata tabaka na uweke foleni kwa mteja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="359"/>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pin</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pinned</source>
        <translation>Imebanwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="381"/>
        <source>Pinned: the bridge keeps the value you chose. Unpin it to let it follow the PD and lens width.</source>
        <translation>Imefungwa: daraja linabaki na thamani uliyochagua. Lifungue ili lifuate PD na upana wa lenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="383"/>
        <source>The bridge follows the PD and lens width, so the lenses stay on the pupils. Pin it to keep a value of your own.</source>
        <translation>Daraja linafuata PD na upana wa lenzi, ili lenzi zibaki mbele ya mboni. Lifunge ili kubaki na thamani yako.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="459"/>
        <source>This design has no bridge to fit.</source>
        <translation>Muundo huu hauna daraja la kurekebisha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="462"/>
        <source>No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: change the lens width.</source>
        <translation>Hakuna daraja kati ya {lo:g} na {hi:g} mm linaloweka lenzi hizi mbele ya mboni: badilisha upana wa lenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="499"/>
        <source>Style thumbnails</source>
        <translation>Picha ndogo za mitindo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="523"/>
        <source>Preview</source>
        <translation>Onyesho</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="535"/>
        <source>Cannot build this frame: {error}</source>
        <translation>Fremu hii haiwezi kujengwa: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="545"/>
        <source>, about {g:.1f} g</source>
        <translation>, takriban {g:.1f} g</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="549"/>
        <source>{marking}: lens {a:g} + bridge {bridge:g} mm{hint} · frame PD {pd:g} mm · width {w:g} mm · splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}</source>
        <translation>{marking}: lenzi {a:g} + daraja {bridge:g} mm{hint} · PD ya fremu {pd:g} mm · upana {w:g} mm · mwinamo K {sr:g}° / Ks {sl:g}° · mkono {t:g} mm{grams}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="557"/>
        <source>Warning:</source>
        <translation>Onyo:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="561"/>
        <source>All checks pass: ready to print.</source>
        <translation>Ukaguzi wote umepita: tayari kuchapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="582"/>
        <source> (the PD calls for {fit:g} mm)</source>
        <translation> (PD inahitaji {fit:g} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="595"/>
        <source>Slice these values and queue them, for a customer or the lab&apos;s stock. Save as fit first to keep a customer&apos;s frames with their measurements.</source>
        <translation>Kata tabaka za thamani hizi na uziweke foleni, kwa mteja au kwa akiba ya karakana. Hifadhi kama ufaaji kwanza ili fremu za mteja zibaki na vipimo vyake.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="623"/>
        <source>Writing frame parts</source>
        <translation>Inaandika vipande vya fremu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="624"/>
        <source>Wrote {path}</source>
        <translation>{path} imeandikwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="643"/>
        <source>Writing paper template</source>
        <translation>Inaandika kiolezo cha karatasi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="645"/>
        <source>Saved {path}: print at 100 % and check the card outline.</source>
        <translation>{path} imehifadhiwa: chapisha kwa 100 % na ukague mstari wa kadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="659"/>
        <source>Saving parameter set</source>
        <translation>Inahifadhi seti ya vigezo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="660"/>
        <source>Saved {path}</source>
        <translation>{path} imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="675"/>
        <source>Loading parameter set</source>
        <translation>Inapakia seti ya vigezo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="681"/>
        <source>Folder for the frame parts</source>
        <translation>Folda ya vipande vya fremu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="686"/>
        <source>Save paper template</source>
        <translation>Hifadhi kiolezo cha karatasi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="687"/>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="698"/>
        <source>Save OpenSCAD parameter set</source>
        <translation>Hifadhi seti ya vigezo ya OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="699"/>
        <location filename="../../ui/screens/customizer.py" line="705"/>
        <source>Parameter sets (*.json)</source>
        <translation>Seti za vigezo (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="704"/>
        <source>Load OpenSCAD parameter set</source>
        <translation>Pakia seti ya vigezo ya OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="721"/>
        <source>{title} by {author}, licence {licence}. {attribution}</source>
        <translation>{title} ya {author}, leseni {licence}. {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="723"/>
        <location filename="../../ui/screens/customizer.py" line="729"/>
        <source>Licence: {notice}</source>
        <translation>Leseni: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="731"/>
        <source>Design licence</source>
        <translation>Leseni ya muundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="743"/>
        <source>Fit #{id}: {style}</source>
        <translation>Ufaaji Na. {id}: {style}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="784"/>
        <source>Queueing the frames</source>
        <translation>Inaweka fremu kwenye foleni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="792"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Haijawekwa foleni: ondoa alama ya &quot;inauzwa&quot; ili kuchapisha kama zawadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="794"/>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="795"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

Je, mwandishi amekubali mauzo haya?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="799"/>
        <source>Queued job #{job} for the customer ({licence}).</source>
        <translation>Kazi Na. {job} imewekwa foleni kwa mteja ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="800"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Kazi Na. {job} imewekwa foleni ({licence}).</translation>
    </message>
</context>
<context>
    <name>DesignDetailsDialog</name>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="36"/>
        <source>Details of {title}</source>
        <translation>Maelezo ya {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="42"/>
        <source>Whom to credit</source>
        <translation>Nani apewe sifa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="55"/>
        <source>https://… or where the files came from</source>
        <translation>https://… au faili zilikotoka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="57"/>
        <source>Notes shown with the design</source>
        <translation>Maelezo yanayoonyeshwa na muundo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="62"/>
        <source>Author</source>
        <translation>Mwandishi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="63"/>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="65"/>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="66"/>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="73"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="101"/>
        <source>Nobody has said what is allowed: ask the author before printing copies for others.</source>
        <translation>Hakuna aliyesema kinachoruhusiwa: muulize mwandishi kabla ya kuchapisha nakala kwa wengine.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="103"/>
        <source>Only the author may allow copies: ask before printing for others.</source>
        <translation>Mwandishi peke yake anaweza kuruhusu nakala: uliza kabla ya kuchapisha kwa wengine.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="105"/>
        <source>Anyone may print, change and sell it, with no conditions.</source>
        <translation>Mtu yeyote anaweza kuchapisha, kubadilisha na kuuza, bila masharti.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="107"/>
        <source>Prints may be made and given away, crediting the author, but not sold without the author&apos;s permission.</source>
        <translation>Unaweza kuchapisha na kutoa zawadi, ukimpa mwandishi sifa, lakini usiuze bila ruhusa ya mwandishi.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="110"/>
        <source>Prints may be made, given away and sold, crediting the author.</source>
        <translation>Unaweza kuchapisha, kutoa zawadi na kuuza, ukimpa mwandishi sifa.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="113"/>
        <source>Changed versions must be shared under the same licence.</source>
        <translation>Matoleo yaliyobadilishwa lazima yashirikiwe kwa leseni ileile.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="115"/>
        <source>Changed versions may not be shared.</source>
        <translation>Matoleo yaliyobadilishwa hayaruhusiwi kushirikiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="127"/>
        <source>Saving the design&apos;s details</source>
        <translation>Inahifadhi maelezo ya muundo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="146"/>
        <source>This design comes with Heliofab and its details cannot be changed: import your own copy of the files to give it other details.</source>
        <translation>Muundo huu umekuja na Heliofab na maelezo yake hayawezi kubadilishwa: leta nakala yako ya faili ili uipe maelezo mengine.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="148"/>
        <source>Give the design a name.</source>
        <translation>Upe muundo jina.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="149"/>
        <source>The name is too long: shorten it to 200 characters at most.</source>
        <translation>Jina ni refu mno: lifupishe hadi herufi 200 au chini.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="150"/>
        <source>Choose a licence from the list.</source>
        <translation>Chagua leseni kutoka kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="151"/>
        <source>The licence {licence} asks that the author be credited: type the author&apos;s name.</source>
        <translation>Leseni {licence} inataka mwandishi apewe sifa: andika jina la mwandishi.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="153"/>
        <source>The author&apos;s name is too long: shorten it to 200 characters at most.</source>
        <translation>Jina la mwandishi ni refu mno: lifupishe hadi herufi 200 au chini.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="155"/>
        <source>The source is not a whole web address: type it as https://… or say in a few words where the files came from.</source>
        <translation>Chanzo si anwani kamili ya mtandao: iandike kama https://… au eleza kwa maneno machache faili zilikotoka.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="157"/>
        <source>The notes are too long: shorten them to 4000 characters at most.</source>
        <translation>Maelezo ni marefu mno: yafupishe hadi herufi 4000 au chini.</translation>
    </message>
</context>
<context>
    <name>DesignSlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="59"/>
        <source>Slice &amp; queue: {title}</source>
        <translation>Kata tabaka na weka foleni: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="68"/>
        <source>No customer (the lab&apos;s own stock)</source>
        <translation>Bila mteja (akiba ya karakana yenyewe)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="69"/>
        <source>This print is sold (not a gift or personal use)</source>
        <translation>Chapisho hili linauzwa (si zawadi wala matumizi binafsi)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="77"/>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="102"/>
        <source>Loading customers</source>
        <translation>Inapakia wateja</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="111"/>
        <source>Licence: {notice}</source>
        <translation>Leseni: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="131"/>
        <source>Reading the design&apos;s parts…</source>
        <translation>Inasoma vipande vya muundo…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="132"/>
        <source>Reading {title}</source>
        <translation>Inasoma {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="161"/>
        <source>Adding to the queue…</source>
        <translation>Inaongeza kwenye foleni…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="162"/>
        <source>Queueing {id}</source>
        <translation>Inaweka {id} foleni</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="170"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Haijawekwa foleni: ondoa alama ya &quot;inauzwa&quot; ili kuchapisha kama zawadi.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="172"/>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="173"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

Je, mwandishi amekubali mauzo haya?</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="122"/>
        <source>peak {0:.0f} W</source>
        <translation>kilele {0:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/preview.py" line="127"/>
        <source>{0:.0f} min</source>
        <translation>dak {0:.0f}</translation>
    </message>
</context>
<context>
    <name>EnergyScreen</name>
    <message>
        <location filename="../../ui/screens/energy.py" line="50"/>
        <source>Latitude</source>
        <translation>Latitudo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="51"/>
        <source>Longitude</source>
        <translation>Longitudo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="52"/>
        <source>Altitude</source>
        <translation>Mwinuko</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="53"/>
        <source>Panels</source>
        <translation>Paneli</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="54"/>
        <source>Panel tilt</source>
        <translation>Mwinamo wa paneli</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="55"/>
        <source>Panel azimuth (180 = south)</source>
        <translation>Mwelekeo wa paneli (180 = kusini)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="56"/>
        <source>System losses</source>
        <translation>Upotevu wa mfumo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="57"/>
        <source>Battery capacity</source>
        <translation>Uwezo wa betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="58"/>
        <source>Battery reserve</source>
        <translation>Akiba ya betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="59"/>
        <source>Battery voltage</source>
        <translation>Volti za betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="60"/>
        <source>Charge efficiency</source>
        <translation>Ufanisi wa kuchaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="61"/>
        <source>Discharge efficiency</source>
        <translation>Ufanisi wa kutoa chaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="62"/>
        <source>Always-on load</source>
        <translation>Matumizi ya kudumu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="63"/>
        <source>Evening lights</source>
        <translation>Taa za jioni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="64"/>
        <source>Lights from</source>
        <translation>Taa kuanzia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="65"/>
        <source>Lights until</source>
        <translation>Taa hadi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="66"/>
        <source>Staffed from</source>
        <translation>Wafanyakazi kuanzia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="67"/>
        <source>Staffed until</source>
        <translation>Wafanyakazi hadi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="90"/>
        <source>Energy</source>
        <translation>Nishati</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="101"/>
        <source>Now and forecast</source>
        <translation>Sasa na utabiri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="102"/>
        <source>Site, panels and battery</source>
        <translation>Mahali, paneli na betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="105"/>
        <source>Sun now</source>
        <translation>Jua sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="106"/>
        <source>Battery</source>
        <translation>Betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="107"/>
        <source>Usable above reserve</source>
        <translation>Inayotumika juu ya akiba</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="108"/>
        <source>Expected next 24 h</source>
        <translation>Kinachotarajiwa saa 24 zijazo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="112"/>
        <source>No readings yet: connect the charge controller or enter a reading by hand.</source>
        <translation>Bado hakuna vipimo: unganisha kidhibiti chaji au ingiza kipimo kwa mkono.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="133"/>
        <location filename="../../ui/screens/energy.py" line="218"/>
        <source>PV power</source>
        <translation>Nguvu ya jua</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="134"/>
        <source>hours from now</source>
        <translation>saa kuanzia sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="137"/>
        <source>clear sky</source>
        <translation>anga safi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="138"/>
        <source>expected</source>
        <translation>inayotarajiwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="139"/>
        <source>cautious</source>
        <translation>kwa tahadhari</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="152"/>
        <source>Time zone</source>
        <translation>Saa za eneo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="159"/>
        <source>Battery type</source>
        <translation>Aina ya betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="161"/>
        <source>Save site</source>
        <translation>Hifadhi mahali</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="173"/>
        <source>Charge controller</source>
        <translation>Kidhibiti chaji</translation>
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
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="186"/>
        <source>Port</source>
        <translation>Mlango</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="188"/>
        <source>Connect</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="190"/>
        <source>Disconnect</source>
        <translation>Tenganisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="192"/>
        <source>Demo: simulated controller</source>
        <translation>Majaribio: kidhibiti bandia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="197"/>
        <location filename="../../ui/screens/energy.py" line="294"/>
        <location filename="../../ui/screens/energy.py" line="348"/>
        <source>Not connected.</source>
        <translation>Hakijaunganishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="203"/>
        <source>Enter a reading by hand</source>
        <translation>Ingiza kipimo kwa mkono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="216"/>
        <source>State of charge</source>
        <translation>Kiwango cha chaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="217"/>
        <source>Battery voltage (0: not measured)</source>
        <translation>Volti za betri (0: hazijapimwa)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="219"/>
        <source>Store reading</source>
        <translation>Hifadhi kipimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="252"/>
        <source>Saving the place</source>
        <translation>Inahifadhi mahali</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="262"/>
        <source>The place could not be saved: {0}</source>
        <translation>Mahali hapakuweza kuhifadhiwa: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="266"/>
        <source>Saved. The queue is planned with these values from now on.</source>
        <translation>Imehifadhiwa. Foleni inapangwa kwa thamani hizi kuanzia sasa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="272"/>
        <source>Updating the energy forecast</source>
        <translation>Inasasisha utabiri wa nishati</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="285"/>
        <source>reserve {0:.0f} %; {1}</source>
        <translation>akiba {0:.0f} %; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="290"/>
        <source>median of this site&apos;s own weather</source>
        <translation>wastani wa hali ya hewa ya mahali hapa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="296"/>
        <source>Listening to the {0} controller.</source>
        <translation>Inasikiliza kidhibiti {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="297"/>
        <source>charge</source>
        <translation>chaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="300"/>
        <source>No fresh reading: the planner assumes the battery is draining and plans cautiously.</source>
        <translation>Hakuna kipimo kipya: mpangaji anadhani betri inaisha na anapanga kwa tahadhari.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="305"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="306"/>
        <source>stage: {0}</source>
        <translation>hatua: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="311"/>
        <source>Last reading {0:%H:%M:%S} UTC from {1}.</source>
        <translation>Kipimo cha mwisho saa {0:%H:%M:%S} UTC kutoka {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="326"/>
        <source>Enter the port first (see `heliofab doctor` for the list).</source>
        <translation>Kwanza andika mlango (orodha iko kwenye `heliofab doctor`).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="329"/>
        <source>Listening on {0}…</source>
        <translation>Inasikiliza kwenye {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="335"/>
        <source>Connecting the charge controller</source>
        <translation>Inaunganisha kidhibiti chaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="354"/>
        <source>Demo: a simulated VE.Direct controller on {0}.</source>
        <translation>Majaribio: kidhibiti bandia cha VE.Direct kwenye {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="362"/>
        <source>Storing the reading</source>
        <translation>Inahifadhi kipimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="371"/>
        <source>Stored.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>FailureDialogs</name>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="48"/>
        <source>Heliofab could not start</source>
        <translation>Heliofab imeshindwa kuanza</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="55"/>
        <source>No log file could be written: the data folder may be read-only or full.</source>
        <translation>Hakuna faili la kumbukumbu lililoweza kuandikwa: folda ya data huenda ni ya kusoma tu au imejaa.</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="57"/>
        <source>The details are in the log:
{0}</source>
        <translation>Maelezo yako kwenye kumbukumbu:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="98"/>
        <source>Heliofab: something went wrong</source>
        <translation>Heliofab: kuna tatizo</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="99"/>
        <source>Something went wrong: {0}</source>
        <translation>Kuna tatizo: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>The printer was not added</source>
        <translation>Printa haikuongezwa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="51"/>
        <source>Set up this lab</source>
        <translation>Andaa karakana hii</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Skip for now</source>
        <translation>Ruka kwa sasa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>e.g. Tamale fab lab</source>
        <translation>mf. karakana ya Tamale</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72"/>
        <source>Costs of prints are shown in it. The town you pick next sets its country&apos;s currency; change it here or on the Settings screen.</source>
        <translation>Gharama za uchapishaji huonyeshwa kwa sarafu hii. Mji utakaochagua baadaye huweka sarafu ya nchi yake; ibadilishe hapa au kwenye skrini ya Mipangilio.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>Language and lab name</source>
        <translation>Lugha na jina la karakana</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>Choose the language of Heliofab&apos;s screens. Other labs see the lab&apos;s name on the catalogues it sends them.</source>
        <translation>Chagua lugha ya skrini za Heliofab. Karakana nyingine huona jina la karakana kwenye katalogi inazowatumia.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Lab name</source>
        <translation>Jina la karakana</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Type to find a town…</source>
        <translation>Andika kutafuta mji…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Where is the lab?</source>
        <translation>Karakana iko wapi?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Pick the nearest town, or type the coordinates. The sun&apos;s path is computed from them.</source>
        <translation>Chagua mji ulio karibu zaidi, au andika viwianishi. Njia ya jua inahesabiwa kutokana navyo.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Latitude</source>
        <translation>Latitudo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Longitude</source>
        <translation>Longitudo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Altitude</source>
        <translation>Mwinuko</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>Time zone</source>
        <translation>Saa za eneo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Panels and battery</source>
        <translation>Paneli na betri</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. The reserve is never used for printing, so the lights still work at night.</source>
        <translation>Jumlisha wati zilizoandikwa kwenye kila paneli. Wati-saa za betri ni volti × ampea-saa. Akiba haitumiki kamwe kuchapisha, ili taa ziwake usiku.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel power</source>
        <translation>Nguvu ya paneli</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel tilt</source>
        <translation>Mwinamo wa paneli</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>Panel direction (0 north, 180 south)</source>
        <translation>Mwelekeo wa paneli (0 kaskazini, 180 kusini)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery capacity</source>
        <translation>Uwezo wa betri</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery reserve</source>
        <translation>Akiba ya betri</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>e.g. /dev/ttyUSB0 or COM3; leave empty to choose later</source>
        <translation>mf. /dev/ttyUSB0 au COM3; acha wazi uchague baadaye</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="132"/>
        <source>Printing and the queue use the printer on this port; change it on the Settings screen.</source>
        <translation>Uchapishaji na foleni hutumia printa kwenye mlango huu; ubadilishe kwenye skrini ya Mipangilio.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Printer</source>
        <translation>Printa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="136"/>
        <source>Which printer does the lab have? Its size, temperatures and power use come from this choice.</source>
        <translation>Karakana ina printa gani? Ukubwa, joto na matumizi ya umeme yanatokana na chaguo hili.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>Printer model</source>
        <translation>Aina ya printa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>USB port</source>
        <translation>Mlango wa USB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191"/>
        <source>Pick the nearest town in the list, or type the lab&apos;s latitude and longitude: 0° / 0° is in the sea.</source>
        <translation>Chagua mji ulio karibu zaidi kwenye orodha, au andika latitudo na longitudo ya karakana: 0° / 0° iko baharini.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="197"/>
        <source>Custom location</source>
        <translation>Mahali pengine</translation>
    </message>
</context>
<context>
    <name>FitReprinter</name>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="37"/>
        <source>Making fit #{id} again from its saved values…</source>
        <translation>Inatengeneza tena ufaaji Na. {id} kutoka thamani zilizohifadhiwa…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="41"/>
        <source>Fit #{id} again: {style} for {code}</source>
        <translation>Ufaaji Na. {id} tena: {style} kwa {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="51"/>
        <source>The style changed since fit #{id} was saved: check it on the paper template before printing.</source>
        <translation>Mtindo umebadilika tangu ufaaji Na. {id} uhifadhiwe: ukague kwenye kiolezo cha karatasi kabla ya kuchapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="55"/>
        <source>Print again</source>
        <translation>Chapisha tena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="73"/>
        <source>Queued job #{job} for fit #{id} ({licence}).</source>
        <translation>Kazi Na. {job} imewekwa foleni kwa ufaaji Na. {id} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="77"/>
        <source>Queueing the frames</source>
        <translation>Inaweka fremu kwenye foleni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="84"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Haijawekwa foleni: ondoa alama ya &quot;inauzwa&quot; ili kuchapisha kama zawadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="86"/>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="87"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

Je, mwandishi amekubali mauzo haya?</translation>
    </message>
</context>
<context>
    <name>FittingFields</name>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="46"/>
        <source>&apos;{text}&apos; is not a number: type digits like 63.5.</source>
        <translation>&apos;{text}&apos; si namba: andika tarakimu kama 63.5.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="75"/>
        <source>The photo cannot be decoded: use a PNG or JPEG file.</source>
        <translation>Picha haiwezi kusomwa: tumia faili la PNG au JPEG.</translation>
    </message>
</context>
<context>
    <name>FittingScreen</name>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="54"/>
        <source>Customers &amp; Fitting</source>
        <translation>Wateja na vipimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="63"/>
        <source>No customer chosen</source>
        <translation>Hakuna mteja aliyechaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="65"/>
        <source>Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only.</source>
        <translation>Wateja, vipimo vyao (umbali kati ya mboni, upana wa kichwa) na ufaaji uliohifadhiwa hubaki kwenye kompyuta hii tu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="68"/>
        <source>Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card.</source>
        <translation>Bonyeza Ctrl+N kuongeza mteja, kisha pima PD yake kwa rula au kwa picha yenye kadi ya benki.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="76"/>
        <source>&amp;1 Customer</source>
        <translation>&amp;1 Mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="77"/>
        <source>&amp;2 Measure PD</source>
        <translation>&amp;2 Pima PD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="78"/>
        <source>&amp;3 Suggest sizes</source>
        <translation>&amp;3 Pendekeza saizi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="79"/>
        <source>&amp;4 Lens stock</source>
        <translation>&amp;4 Akiba ya lenzi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="140"/>
        <location filename="../../ui/screens/fitting/screen.py" line="148"/>
        <source>Load customers</source>
        <translation>Pakia wateja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="158"/>
        <source>Open customer</source>
        <translation>Fungua mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="194"/>
        <source>New customer: type a name or a code, then Enter.</source>
        <translation>Mteja mpya: andika jina au namba, kisha Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="228"/>
        <source>For {customer}: not saved as a fit yet</source>
        <translation>Kwa {customer}: bado haijahifadhiwa kama ufaaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="230"/>
        <source>Fit #{id} for {customer} (saved {date})</source>
        <translation>Ufaaji Na. {id} kwa {customer} (ulihifadhiwa {date})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="260"/>
        <source>Saved fit #{id} for {code}.</source>
        <translation>Ufaaji Na. {id} umehifadhiwa kwa {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="270"/>
        <source>Save fit</source>
        <translation>Hifadhi ufaaji</translation>
    </message>
</context>
<context>
    <name>FramePreviewWidget</name>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="82"/>
        <source>Choose a frame style to see it here.</source>
        <translation>Chagua mtindo wa fremu uuone hapa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="120"/>
        <source>{mm:g} mm ({how})</source>
        <translation>{mm:g} mm ({how})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>actual size</source>
        <translation>ukubwa halisi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>scaled to fit</source>
        <translation>imepunguzwa ili itoshe</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="13"/>
        <source>Heliofab help</source>
        <translation>Msaada wa Heliofab</translation>
    </message>
</context>
<context>
    <name>JobTermsEditor</name>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="26"/>
        <source>Higher prints first (-100 to 100).</source>
        <translation>Thamani kubwa huchapishwa kwanza (-100 hadi 100).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="27"/>
        <source>Needed by</source>
        <translation>Inahitajika kabla ya</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="29"/>
        <source>The planner fits the print in before this time, or says why it can&apos;t.</source>
        <translation>Mpangaji huweka uchapishaji kabla ya wakati huu, au anaeleza kwa nini hawezi.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="36"/>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
</context>
<context>
    <name>JogPad</name>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="40"/>
        <source>Move</source>
        <translation>Sogeza</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home all</source>
        <translation>Rudisha yote</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home every axis (G28)</source>
        <translation>Rudisha mihimili yote mwanzoni (G28)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>⌂ X/Y</source>
        <translation>⌂ X/Y</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>Home X and Y (G28 X Y)</source>
        <translation>Rudisha X na Y mwanzoni (G28 X Y)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>⌂ Z</source>
        <translation>⌂ Z</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>Home Z (G28 Z)</source>
        <translation>Rudisha Z mwanzoni (G28 Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="61"/>
        <source>Raise the nozzle (Z up) by the step</source>
        <translation>Inua nozeli (Z juu) kwa hatua moja</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="62"/>
        <source>Lower the nozzle (Z down) by the step</source>
        <translation>Shusha nozeli (Z chini) kwa hatua moja</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="63"/>
        <source>Move {axis} by the step</source>
        <translation>Sogeza {axis} kwa hatua moja</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="76"/>
        <source>Step</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="82"/>
        <source>Move {step} mm per press</source>
        <translation>Sogeza {step} mm kila kubonyeza</translation>
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
        <translation>Filamenti kiasi gani isukumwe au ivutwe nyuma</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Extrude</source>
        <translation>Sukuma</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Push filament through the hot nozzle</source>
        <translation>Sukuma filamenti kupitia nozeli ya moto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Retract</source>
        <translation>Vuta nyuma</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Pull filament back out of the hot nozzle</source>
        <translation>Vuta filamenti kutoka kwenye nozeli ya moto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="103"/>
        <source>Filament</source>
        <translation>Filamenti</translation>
    </message>
</context>
<context>
    <name>KeyPassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="25"/>
        <source>Protect the lab&apos;s signing key</source>
        <translation>Linda ufunguo wa sahihi wa karakana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="30"/>
        <source>The backup can carry this lab&apos;s signing key, which other labs use to trust your catalogues. Choose a passphrase to encrypt it: restoring the backup will ask for it.</source>
        <translation>Nakala ya akiba inaweza kubeba ufunguo wa sahihi wa karakana hii, ambao karakana nyingine huutumia kuamini katalogi zako. Chagua neno la siri kuusimba: litaombwa wakati wa kurejesha nakala.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="42"/>
        <source>Passphrase:</source>
        <translation>Neno la siri:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="43"/>
        <source>Type it again:</source>
        <translation>Liandike tena:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="46"/>
        <source>Leave the signing key out of the backup (move it by hand later)</source>
        <translation>Acha ufunguo wa sahihi nje ya nakala (uhamishe kwa mkono baadaye)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="55"/>
        <source>Back up</source>
        <translation>Weka nakala</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="82"/>
        <source>Use at least {count} characters.</source>
        <translation>Tumia angalau herufi {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="84"/>
        <source>The two passphrases differ.</source>
        <translation>Maneno mawili ya siri hayafanani.</translation>
    </message>
</context>
<context>
    <name>LayerPreview</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="71"/>
        <source>Slice to see the layers here.</source>
        <translation>Kata tabaka uone tabaka hapa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Catalogue</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Customers &amp; Fitting</source>
        <translation>Wateja na vipimo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Customizer</source>
        <translation>Kibunifu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Print Queue</source>
        <translation>Foleni ya uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Printers</source>
        <translation>Printa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Energy</source>
        <translation>Nishati</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Sync</source>
        <translation>Sawazisha</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Lab report</source>
        <translation>Ripoti ya karakana</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
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
        <translation>Msaada (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Quit</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Database: {path}</source>
        <translation>Hifadhidata: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Printer: not connected</source>
        <translation>Printa: haijaunganishwa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Battery: no reading</source>
        <translation>Betri: hakuna kipimo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Saved for the next start: this window keeps its language because Heliofab was started with --language (or HELIOFAB_LANG).</source>
        <translation>Imehifadhiwa kwa kuanza kijacho: dirisha hili linabaki na lugha yake kwa sababu Heliofab ilianzishwa kwa --language (au HELIOFAB_LANG).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The other screens change language when Heliofab is started again.</source>
        <translation>Skrini nyingine hubadilisha lugha Heliofab ikifunguliwa tena.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Printer: printing {job} {pct:.0f} %</source>
        <translation>Printa: inachapisha {job} {pct:.0f} %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Printer: {state}</source>
        <translation>Printa: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source> (+{n} more)</source>
        <translation> (+{n} zaidi)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Battery</source>
        <translation>Betri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>, sun {w:.0f} W</source>
        <translation>, jua {w:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source> (old reading)</source>
        <translation> (kipimo cha zamani)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Battery: {soc:.0f} %{pv}{stale}</source>
        <translation>Betri: {soc:.0f} %{pv}{stale}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>A print is running</source>
        <translation>Uchapishaji unaendelea</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>A print is running on {ports}. Quitting stops it.</source>
        <translation>Uchapishaji unaendelea kwenye {ports}. Ukifunga, utasimama.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Keep printing leaves Heliofab open so the print goes on. Stop the print lets the moves already sent finish, moves the nozzle off the part, switches the heaters off, then quits.</source>
        <translation>Endelea kuchapisha huacha Heliofab wazi ili uchapishaji uendelee. Simamisha uchapishaji huacha miondoko iliyokwisha tumwa imalizike, husogeza nozeli mbali na kipande, huzima hita, kisha hufunga.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Keep printing</source>
        <translation>Endelea kuchapisha</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Stop the print and quit</source>
        <translation>Simamisha uchapishaji na ufunge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Stopping the print: parking and switching the heaters off…</source>
        <translation>Inasimamisha uchapishaji: nozeli inaondolewa, hita zinazimwa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Stopping the print</source>
        <translation>Inasimamisha uchapishaji</translation>
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
        <translation>Hotend, tabaka la kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="72"/>
        <source>Bed</source>
        <translation>Kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="73"/>
        <source>Bed, first layer</source>
        <translation>Kitanda, tabaka la kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="74"/>
        <source>Part fan</source>
        <translation>Feni ya kipande</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="75"/>
        <source>Density</source>
        <translation>Msongamano</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="76"/>
        <source>Price per kg</source>
        <translation>Bei kwa kilo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="188"/>
        <source>Material: {0}</source>
        <translation>Malighafi: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="193"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="219"/>
        <source>Saving material</source>
        <translation>Inahifadhi malighafi</translation>
    </message>
</context>
<context>
    <name>MeasureTab</name>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="25"/>
        <source>Ruler and face measures</source>
        <translation>Rula na vipimo vya uso</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="27"/>
        <source>e.g. 63</source>
        <translation>mf. 63</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="28"/>
        <source>from far</source>
        <translation>ya mbali</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="29"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="30"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="31"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="32"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="33"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="34"/>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="35"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="36"/>
        <source>D, optional</source>
        <translation>D, si lazima</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="38"/>
        <source>&amp;Far PD (mm)</source>
        <translation>PD ya &amp;mbali (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="39"/>
        <source>Near PD (mm)</source>
        <translation>PD ya karibu (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="40"/>
        <source>Right eye PD (mm)</source>
        <translation>PD jicho la kulia (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="41"/>
        <source>Left eye PD (mm)</source>
        <translation>PD jicho la kushoto (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="42"/>
        <source>&amp;Head width (mm)</source>
        <translation>Upana wa &amp;kichwa (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="43"/>
        <source>Front to bend (mm)</source>
        <translation>Mbele hadi mkunjo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="44"/>
        <source>Nose width 10 mm below crest (mm)</source>
        <translation>Upana wa pua mm 10 chini ya kilele (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="45"/>
        <source>Nose width 15 mm below crest (mm)</source>
        <translation>Upana wa pua mm 15 chini ya kilele (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="46"/>
        <source>Right lens power (D)</source>
        <translation>Nguvu ya lenzi ya kulia (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="47"/>
        <source>Left lens power (D)</source>
        <translation>Nguvu ya lenzi ya kushoto (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="52"/>
        <source>Save measurement (Enter)</source>
        <translation>Hifadhi kipimo (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="84"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Kwanza hifadhi mteja (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="114"/>
        <source>Measurement saved.</source>
        <translation>Kipimo kimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="118"/>
        <source>Save measurement</source>
        <translation>Hifadhi kipimo</translation>
    </message>
</context>
<context>
    <name>PhotoClickView</name>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="89"/>
        <source>card 1</source>
        <translation>kadi 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="90"/>
        <source>card 2</source>
        <translation>kadi 2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="91"/>
        <source>card 3</source>
        <translation>kadi 3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="92"/>
        <source>card 4</source>
        <translation>kadi 4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="93"/>
        <source>pupil (image left)</source>
        <translation>mboni (kushoto kwa picha)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="94"/>
        <source>pupil (image right)</source>
        <translation>mboni (kulia kwa picha)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="95"/>
        <source>nose</source>
        <translation>pua</translation>
    </message>
</context>
<context>
    <name>PhotoPdPanel</name>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="47"/>
        <source>PD from a photo with a bank card</source>
        <translation>PD kutoka picha yenye kadi ya benki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="54"/>
        <source>Open photo…</source>
        <translation>Fungua picha…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="60"/>
        <source> cm to camera</source>
        <translation> cm hadi kamera</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="61"/>
        <source>Mirror image</source>
        <translation>Picha ya kioo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="62"/>
        <source>Add reading</source>
        <translation>Ongeza kipimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="64"/>
        <source>Clear points</source>
        <translation>Futa alama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="70"/>
        <source>Zoom out (− key or mouse wheel)</source>
        <translation>Punguza (kitufe − au gurudumu la kipanya)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="72"/>
        <source>Zoom in (+ key or mouse wheel)</source>
        <translation>Kuza (kitufe + au gurudumu la kipanya)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="73"/>
        <source>Fit</source>
        <translation>Picha nzima</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="74"/>
        <source>Show the whole photo (0 key)</source>
        <translation>Onyesha picha nzima (kitufe 0)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="94"/>
        <source>Mouse wheel or + −: zoom where the cursor is. Middle button or Shift+drag: move the photo. Drag a point to adjust it, right-click it to remove it.</source>
        <translation>Gurudumu la kipanya au + −: kuza pale kielekezi kilipo. Kitufe cha kati au Shift+buruta: sogeza picha. Buruta alama kuirekebisha, bofya kulia kuiondoa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="104"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="229"/>
        <source>No readings yet: up to three photos are averaged.</source>
        <translation>Bado hakuna vipimo: hadi picha tatu hupatiwa wastani.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="111"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="247"/>
        <source>Save photo PD</source>
        <translation>Hifadhi PD ya picha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="113"/>
        <source>Start again</source>
        <translation>Anza upya</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Open a photo with a bank card</source>
        <translation>Fungua picha yenye kadi ya benki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Picha (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="143"/>
        <source>Open photo</source>
        <translation>Fungua picha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="146"/>
        <source>Open a photo taken from about 1 m, card flat on the brow, long edge level.</source>
        <translation>Fungua picha iliyopigwa umbali wa takriban m 1, kadi ikiwa bapa kwenye paji la uso, upande mrefu ukiwa sawa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="162"/>
        <source>Click the card&apos;s top-left corner.</source>
        <translation>Bofya kona ya juu kushoto ya kadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="163"/>
        <source>Click the card&apos;s top-right corner.</source>
        <translation>Bofya kona ya juu kulia ya kadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="164"/>
        <source>Click the card&apos;s bottom-right corner.</source>
        <translation>Bofya kona ya chini kulia ya kadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="165"/>
        <source>Click the card&apos;s bottom-left corner.</source>
        <translation>Bofya kona ya chini kushoto ya kadi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="166"/>
        <source>Click the pupil on the image&apos;s left (the customer&apos;s right eye).</source>
        <translation>Bofya mboni iliyo kushoto kwa picha (jicho la kulia la mteja).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="167"/>
        <source>Click the pupil on the image&apos;s right (the customer&apos;s left eye).</source>
        <translation>Bofya mboni iliyo kulia kwa picha (jicho la kushoto la mteja).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="168"/>
        <source>Optional: click the bridge of the nose for true monocular PDs, or Add reading.</source>
        <translation>Si lazima: bofya daraja la pua kupata PD ya kila jicho, au Ongeza kipimo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="158"/>
        <source>All points placed: drag to adjust, then Add reading.</source>
        <translation>Alama zote zimewekwa: buruta kurekebisha, kisha Ongeza kipimo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="205"/>
        <source>Reading {n} added: open the next photo, or save.</source>
        <translation>Kipimo {n} kimeongezwa: fungua picha inayofuata, au hifadhi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="209"/>
        <source>{n} reading(s), spread {spread:.1f} mm</source>
        <translation>Vipimo {n}, tofauti {spread:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="210"/>
        <source>Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>PD ya mbali {far:.1f} mm (kulia {r:.1f} / kushoto {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="213"/>
        <source>Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>PD ya karibu {near:.1f} mm (kulia {r:.1f} / kushoto {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="219"/>
        <source>Monocular PDs are halves: click the nose bridge to measure them.</source>
        <translation>PD ya kila jicho ni nusu tu: bofya daraja la pua kuzipima.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="233"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Kwanza hifadhi mteja (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="243"/>
        <source>Photo PD saved.</source>
        <translation>PD ya picha imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>PrintFaults</name>
    <message>
        <location filename="../../ui/print_faults.py" line="16"/>
        <source>Paused, parked, heaters off: the disk of the data folder is full, so the print&apos;s progress can&apos;t be saved. Free some space on it, then press Resume.</source>
        <translation>Imesimama, nozeli imeondolewa, hita zimezimwa: diski ya folda ya data imejaa, kwa hiyo maendeleo ya uchapishaji hayawezi kuhifadhiwa. Futa vitu kupata nafasi, kisha bonyeza Endelea.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="22"/>
        <source>Paused, parked, heaters off: another program holds Heliofab&apos;s database locked, so the print&apos;s progress can&apos;t be saved. Close that program (a second Heliofab, a backup tool), then press Resume.</source>
        <translation>Imesimama, nozeli imeondolewa, hita zimezimwa: programu nyingine imefunga hifadhidata ya Heliofab, kwa hiyo maendeleo hayawezi kuhifadhiwa. Funga programu hiyo (Heliofab ya pili, programu ya nakala ya akiba), kisha bonyeza Endelea.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="28"/>
        <source>Paused, parked, heaters off: the disk of the data folder refused to write (a pulled stick, a failing or read-only disk), so the print&apos;s progress can&apos;t be saved. Check the disk, then press Resume.</source>
        <translation>Imesimama, nozeli imeondolewa, hita zimezimwa: diski ya folda ya data imekataa kuandika (flash imechomolewa, diski mbovu au ya kusoma tu), kwa hiyo maendeleo hayawezi kuhifadhiwa. Kagua diski, kisha bonyeza Endelea.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="33"/>
        <source>Paused, parked, heaters off: {reason}. Press Resume when it is fixed.</source>
        <translation>Imesimama, nozeli imeondolewa, hita zimezimwa: {reason}. Bonyeza Endelea tatizo likitatuliwa.</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="33"/>
        <source>Bed width</source>
        <translation>Upana wa kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="34"/>
        <source>Bed depth</source>
        <translation>Kina cha kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="35"/>
        <source>Build height</source>
        <translation>Kimo cha uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="36"/>
        <source>Nozzle</source>
        <translation>Kipenyo cha nozeli</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="37"/>
        <source>Filament</source>
        <translation>Filamenti</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="38"/>
        <source>Max hotend</source>
        <translation>Hotend juu kabisa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="39"/>
        <source>Max bed</source>
        <translation>Kitanda juu kabisa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="40"/>
        <source>Standard layer</source>
        <translation>Tabaka la kawaida</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="41"/>
        <source>Reaches X down to</source>
        <translation>X inafika hadi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="42"/>
        <source>Reaches Y down to</source>
        <translation>Y inafika hadi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="45"/>
        <source>Perimeters</source>
        <translation>Kingo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="46"/>
        <source>Outer perimeter</source>
        <translation>Ukingo wa nje</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="47"/>
        <source>Infill</source>
        <translation>Ujazo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="48"/>
        <source>Solid infill</source>
        <translation>Ujazo imara</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="49"/>
        <source>First layer</source>
        <translation>Tabaka la kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="50"/>
        <source>Travel</source>
        <translation>Safari</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="51"/>
        <source>Retraction</source>
        <translation>Kurudisha filamenti</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="52"/>
        <source>Retraction speed</source>
        <translation>Kasi ya kurudisha</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="55"/>
        <source>Print acceleration</source>
        <translation>Mchapuko wa uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="56"/>
        <source>Travel acceleration</source>
        <translation>Mchapuko wa safari</translation>
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
        <translation>Ikiwa tuli</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="62"/>
        <source>Hotend heating</source>
        <translation>Kupasha hotend</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="63"/>
        <source>Bed heating</source>
        <translation>Kupasha kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="64"/>
        <source>Printing, bed on</source>
        <translation>Ikichapisha, kitanda kimewashwa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="65"/>
        <source>Printing, bed off</source>
        <translation>Ikichapisha, kitanda kimezimwa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="66"/>
        <source>Hotend heats at</source>
        <translation>Hotend inapata joto kwa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="67"/>
        <source>Bed heats at</source>
        <translation>Kitanda kinapata joto kwa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="87"/>
        <source>Printer profile: {0}</source>
        <translation>Wasifu wa printa: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="90"/>
        <source>Heated bed</source>
        <translation>Kitanda cha moto</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="95"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="97"/>
        <source>Machine</source>
        <translation>Mashine</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="98"/>
        <source>Speeds</source>
        <translation>Kasi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="99"/>
        <source>Motion limits</source>
        <translation>Mipaka ya mwendo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="100"/>
        <source>Power</source>
        <translation>Nguvu</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="104"/>
        <source>Start G-code</source>
        <translation>G-code ya mwanzo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="105"/>
        <source>End G-code</source>
        <translation>G-code ya mwisho</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="106"/>
        <source>G-code</source>
        <translation>G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="111"/>
        <source>Shipped values</source>
        <translation>Thamani za awali</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="151"/>
        <source>Saving profile</source>
        <translation>Inahifadhi wasifu</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="163"/>
        <source>Resetting profile</source>
        <translation>Inarudisha wasifu</translation>
    </message>
</context>
<context>
    <name>PrinterTerminal</name>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="47"/>
        <source>Terminal</source>
        <translation>Terminali</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="57"/>
        <source>Hide temperature reports</source>
        <translation>Ficha taarifa za joto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="60"/>
        <source>Also hides the printer&apos;s &quot;wait&quot; and &quot;busy: processing&quot; lines and the M105 polls.</source>
        <translation>Huficha pia mistari ya &quot;wait&quot; na &quot;busy: processing&quot; ya printa na maulizo ya M105.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="65"/>
        <source>G-code, e.g. M114</source>
        <translation>G-code, mf. M114</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="66"/>
        <source>Enter sends the command; the up and down arrows bring back earlier ones.</source>
        <translation>Enter hutuma amri; vishale vya juu na chini huleta amri za awali.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="69"/>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <location filename="../../ui/screens/printers.py" line="65"/>
        <location filename="../../ui/screens/printers.py" line="593"/>
        <source>Printers</source>
        <translation>Printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="80"/>
        <source>No printer connected</source>
        <translation>Hakuna printa iliyounganishwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="81"/>
        <source>Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss.</source>
        <translation>Printa za USB huendeshwa moja kwa moja kutoka kompyuta hii, na huendelea baada ya kebo kuchomoka au umeme kukatika.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="83"/>
        <source>Plug a printer in, pick its port above and press Connect, or start the simulated printer to try things out.</source>
        <translation>Chomeka printa, chagua mlango wake hapo juu na ubonyeze Unganisha, au anzisha printa bandia kujaribu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="111"/>
        <source>Press Rescan ports, or type a port</source>
        <translation>Bonyeza Tafuta milango, au andika mlango</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="112"/>
        <source>Show all ports</source>
        <translation>Onyesha milango yote</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="113"/>
        <source>Also list serial ports with no device behind them, such as the computer&apos;s own /dev/ttyS0 or COM1.</source>
        <translation>Onyesha pia milango ya serial isiyo na kifaa, kama /dev/ttyS0 au COM1 ya kompyuta yenyewe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="118"/>
        <source>Rescan ports</source>
        <translation>Tafuta milango</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="119"/>
        <source>Connect</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="120"/>
        <source>Disconnect</source>
        <translation>Tenganisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="121"/>
        <source>Close the connection to the printer shown below</source>
        <translation>Funga muunganisho wa printa iliyoonyeshwa hapa chini</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="122"/>
        <source>Start simulated printer</source>
        <translation>Anzisha printa bandia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="127"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Port</source>
        <translation>Mlango</translation>
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
        <translation>sekunde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>hotend</source>
        <translation>hotend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>bed</source>
        <translation>kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="196"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Job</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="199"/>
        <source>No job running.</source>
        <translation>Hakuna kazi inayoendelea.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="206"/>
        <source>Print file…</source>
        <translation>Chapisha faili…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="207"/>
        <source>Pause</source>
        <translation>Simamisha kwa muda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="208"/>
        <source>Pause at next layer</source>
        <translation>Simama kwenye tabaka linalofuata</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="209"/>
        <source>Resume</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="210"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="211"/>
        <source>Emergency stop</source>
        <translation>Simamisha kwa dharura</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="242"/>
        <source>Interrupted jobs</source>
        <translation>Kazi zilizokatizwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Stopped at line</source>
        <translation>Ilisimama kwenye mstari</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Height</source>
        <translation>Urefu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Why</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="259"/>
        <source>Resume on its printer</source>
        <translation>Endelea kwenye printa yake</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="260"/>
        <source>Abandon</source>
        <translation>Acha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>serial port</source>
        <translation>mlango wa serial</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="275"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="275"/>
        <source>virtual</source>
        <translation>pepe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>network</source>
        <translation>mtandao</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>simulated</source>
        <translation>bandia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>USB serial device</source>
        <translation>Kifaa cha serial cha USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>Serial port</source>
        <translation>Mlango wa serial</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="278"/>
        <source>Bluetooth serial port</source>
        <translation>Mlango wa serial wa Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="279"/>
        <source>Virtual serial port</source>
        <translation>Mlango pepe wa serial</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="280"/>
        <source>Network serial port</source>
        <translation>Mlango wa serial wa mtandao</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="281"/>
        <source>Simulated printer</source>
        <translation>Printa bandia</translation>
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
        <translation>firmware isiyojulikana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="346"/>
        <source>The printer asks: {text}</source>
        <translation>Printa inauliza: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="347"/>
        <source>Continue</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="351"/>
        <source>Job {id}: {name}</source>
        <translation>Kazi {id}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="353"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="355"/>
        <source>Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left</source>
        <translation>Mstari {line} kati ya {total} · tabaka {layer} · {elapsed} zimepita · {left} zimebaki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="361"/>
        <source>No job running. Print a checked G-code file, or dispatch one from the queue.</source>
        <translation>Hakuna kazi inayoendelea. Chapisha faili la G-code lililokaguliwa, au tuma moja kutoka foleni.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="385"/>
        <source>A job is printing: pause it to move the head, load filament or send commands.</source>
        <translation>Kazi inachapishwa: isimamishe kwa muda ili kusogeza kichwa, kuweka filamenti au kutuma amri.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="386"/>
        <source>The printer is {state}: reconnect it to control it by hand.</source>
        <translation>Printa iko {state}: iunganishe tena ili uiendeshe kwa mkono.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="392"/>
        <source>Reading interrupted jobs</source>
        <translation>Inasoma kazi zilizokatizwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="400"/>
        <source>{z:.2f} mm (layer {layer})</source>
        <translation>{z:.2f} mm (tabaka {layer})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="402"/>
        <source>{port} (not plugged in)</source>
        <translation>{port} (haijachomekwa)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="407"/>
        <source>A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last confirmed line.</source>
        <translation>Kazi iliyosimama kwa kebo kuchomoka, printa kujiwasha upya, hitilafu au umeme kukatika inaweza kuendelea kutoka mstari wake wa mwisho uliothibitishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="422"/>
        <source>Looking for printers</source>
        <translation>Inatafuta printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Manufacturer</source>
        <translation>Mtengenezaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Product</source>
        <translation>Bidhaa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="451"/>
        <source>USB id</source>
        <translation>Kitambulisho cha USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>Reading material profiles</source>
        <translation>Inasoma wasifu wa malighafi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="481"/>
        <source>Pick a port first (plug the printer in and press Rescan ports).</source>
        <translation>Kwanza chagua mlango (chomeka printa na ubonyeze Tafuta milango).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="488"/>
        <source>Connecting to {port}</source>
        <translation>Inaunganisha na {port}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="502"/>
        <source>Disconnecting</source>
        <translation>Inatenganisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="524"/>
        <source>The hotend has not reported its temperature yet: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>Hotend bado haijaripoti joto lake: ipashe hadi angalau {min} °C kabla ya kusukuma au kuvuta nyuma (Marlin hukataa kusogeza filamenti kwenye nozeli baridi).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="527"/>
        <source>The hotend is at {now} °C: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>Hotend iko {now} °C: ipashe hadi angalau {min} °C kabla ya kusukuma au kuvuta nyuma (Marlin hukataa kusogeza filamenti kwenye nozeli baridi).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="549"/>
        <source>Print G-code</source>
        <translation>Chapisha G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="549"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="558"/>
        <source>Checking and starting {name}</source>
        <translation>Inakagua na kuanzisha {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="574"/>
        <source>Pick the interrupted job to resume first.</source>
        <translation>Kwanza chagua kazi iliyokatizwa ya kuendeleza.</translation>
    </message>
</context>
<context>
    <name>QueueFileDialog</name>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="23"/>
        <source>Queue a G-code file</source>
        <translation>Weka faili la G-code foleni</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="27"/>
        <source>Which printer was {file} sliced for? It is checked for that printer before it is queued.</source>
        <translation>{file} ilikatwa tabaka kwa printa gani? Inakaguliwa kwa printa hiyo kabla ya kuwekwa foleni.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="34"/>
        <source>{name} (a printer of this lab)</source>
        <translation>{name} (printa ya karakana hii)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="53"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Muda huo umeshapita: chagua wa baadaye, au ondoa alama ya Inahitajika kabla ya.</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="240"/>
        <source>Print Queue</source>
        <translation>Foleni ya uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="242"/>
        <source>The queue is empty</source>
        <translation>Foleni ni tupu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="243"/>
        <source>Print jobs wait here; each is planned for when the sun and the battery can pay for it.</source>
        <translation>Kazi za uchapishaji zinasubiri hapa; kila moja hupangwa wakati jua na betri vinapoweza kuilipia.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="244"/>
        <source>Slice a customized frame or a catalogue design to add a job.</source>
        <translation>Kata tabaka za fremu uliyoibuni au muundo wa katalogi ili kuongeza kazi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="250"/>
        <source>Add a sliced G-code file…</source>
        <translation>Ongeza faili la G-code lililokatwa tabaka…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="263"/>
        <source>Re-plan now</source>
        <translation>Panga upya sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>1 day</source>
        <translation>Siku 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>2 days</source>
        <translation>Siku 2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>3 days</source>
        <translation>Siku 3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="267"/>
        <source>7 days</source>
        <translation>Siku 7</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="273"/>
        <source>Add G-code…</source>
        <translation>Ongeza G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="275"/>
        <source>Start and pause prints by themselves</source>
        <translation>Anzisha na simamisha uchapishaji wenyewe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="277"/>
        <source>Starts planned prints on connected printers and pauses them safely when the battery runs low.</source>
        <translation>Huanzisha uchapishaji uliopangwa kwenye printa zilizounganishwa na huusimamisha kwa usalama betri ikipungua.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="296"/>
        <source>Order (drag to reorder; first prints first)</source>
        <translation>Mpangilio (buruta kupanga upya; wa kwanza huchapishwa kwanza)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="315"/>
        <source>No printer is printing.</source>
        <translation>Hakuna printa inayochapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="353"/>
        <source>Apply and re-plan</source>
        <translation>Tumia na panga upya</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="355"/>
        <source>Give the chosen waiting job this priority and needed-by time, then plan the queue again.</source>
        <translation>Ipe kazi inayosubiri uliyochagua kipaumbele na muda huu, kisha panga foleni upya.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="358"/>
        <source>Remove from the queue…</source>
        <translation>Ondoa kwenye foleni…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="363"/>
        <source>Let the planner choose again (unpin)</source>
        <translation>Mwachie mpangaji achague tena (fungua)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="368"/>
        <source>Connected printers (connect one in the Printers area).</source>
        <translation>Printa zilizounganishwa (unganisha moja katika sehemu ya Printa).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="370"/>
        <source>No printer connected</source>
        <translation>Hakuna printa iliyounganishwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="371"/>
        <source>Print now…</source>
        <translation>Chapisha sasa…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="373"/>
        <source>Start the chosen job now on the chosen printer, whatever the plan says.</source>
        <translation>Anzisha sasa kazi uliyochagua kwenye printa uliyochagua, bila kujali mpango.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="387"/>
        <source>Planning the print queue</source>
        <translation>Inapanga foleni ya uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="393"/>
        <source>Reading interrupted jobs</source>
        <translation>Inasoma kazi zilizokatizwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="409"/>
        <source>Interrupted prints (they go on from their last confirmed line)</source>
        <translation>Uchapishaji uliokatizwa (huendelea kutoka mstari wa mwisho uliothibitishwa)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="415"/>
        <source>Resume…</source>
        <translation>Endelea…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="417"/>
        <source>Resume the chosen print on the printer it was printing on.</source>
        <translation>Endeleza uchapishaji uliochaguliwa kwenye printa iliyokuwa ikichapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="427"/>
        <source>, height {z:.2f} mm</source>
        <translation>, urefu {z:.2f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="428"/>
        <source>{port}, not plugged in now</source>
        <translation>{port}, haijachomekwa sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="429"/>
        <source>#{id} {name}: interrupted at line {line} of {total}, layer {layer}{where} (on {port})</source>
        <translation>Na. {id} {name}: imekatizwa kwenye mstari {line} kati ya {total}, tabaka {layer}{where} (kwenye {port})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="454"/>
        <source>interrupted at line {line} of {total}: resume it below</source>
        <translation>imekatizwa kwenye mstari {line} kati ya {total}: iendeleze hapa chini</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="461"/>
        <source>Choose the interrupted print to resume first.</source>
        <translation>Kwanza chagua uchapishaji uliokatizwa wa kuendeleza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="464"/>
        <source>Resuming job #{id}…</source>
        <translation>Inaendeleza kazi Na. {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="486"/>
        <source>{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.</source>
        <translation>{0} zimepangwa, {1} zinasubiri. Betri chini kabisa {2:.0f} % (akiba {3:.0f} %); {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="502"/>
        <source>printing now</source>
        <translation>inachapisha sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="504"/>
        <source>starts {time}</source>
        <translation>inaanza {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="506"/>
        <source>not planned yet</source>
        <translation>bado haijapangwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="527"/>
        <source>Why then: {reason}</source>
        <translation>Kwa nini: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="553"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Muda huo umeshapita: chagua wa baadaye, au ondoa alama ya Inahitajika kabla ya.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="559"/>
        <source>Changing the job&apos;s priority and deadline</source>
        <translation>Inabadilisha kipaumbele na muda wa kazi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="570"/>
        <source>Removing the job</source>
        <translation>Inaondoa kazi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="572"/>
        <source>Remove from the queue</source>
        <translation>Ondoa kwenye foleni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="573"/>
        <source>Take job #{id} {name} out of the queue? It will not be printed; queue its file again to print it later.</source>
        <translation>Ondoa kazi Na. {id} {name} kwenye foleni? Haitachapishwa; weka faili lake foleni tena ili kuichapisha baadaye.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="600"/>
        <source>Looking for printers</source>
        <translation>Inatafuta printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="617"/>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="630"/>
        <source>Choose a job and a connected printer first.</source>
        <translation>Kwanza chagua kazi na printa iliyounganishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="635"/>
        <source>Working out what printing now costs</source>
        <translation>Inahesabu gharama ya kuchapisha sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="640"/>
        <source>What printing now does to the battery could not be worked out: {reason}</source>
        <translation>Athari ya kuchapisha sasa kwa betri haikuweza kuhesabiwa: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="650"/>
        <source>Printing now would take the battery down to {low:.0f} % against your {reserve:.0f} % reserve, around {time}.</source>
        <translation>Kuchapisha sasa kungeshusha betri hadi {low:.0f} %, chini ya akiba yako ya {reserve:.0f} %, karibu {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="653"/>
        <source>Without it, the lab&apos;s other loads would take it to {without:.0f} % anyway.</source>
        <translation>Bila hiyo, matumizi mengine ya karakana yangeishusha hadi {without:.0f} % hata hivyo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="656"/>
        <source>Printing now keeps the battery above your {reserve:.0f} % reserve: at its lowest about {low:.0f} %, around {time}.</source>
        <translation>Kuchapisha sasa kunabakiza betri juu ya akiba yako ya {reserve:.0f} %: chini kabisa takriban {low:.0f} %, karibu {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="667"/>
        <source>tomorrow {time}</source>
        <translation>kesho {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="673"/>
        <source>{cost}

Start job #{job} {name} now on {printer}? Check that the bed is clear and the filament loaded.</source>
        <translation>{cost}

Anzisha sasa kazi Na. {job} {name} kwenye {printer}? Hakikisha kitanda kiko wazi na filamenti imewekwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="677"/>
        <source>Print now</source>
        <translation>Chapisha sasa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="684"/>
        <source>Starting job #{job} on {port}…</source>
        <translation>Inaanzisha kazi Na. {job} kwenye {port}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="693"/>
        <source>Starting the print</source>
        <translation>Inaanzisha uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="701"/>
        <source>Job #{job} finished: {outcome}. {message}</source>
        <translation>Kazi Na. {job} imekwisha: {outcome}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="711"/>
        <source>, about {min:.0f} min left</source>
        <translation>, zimebaki takriban dak {min:.0f}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="713"/>
        <source>#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}</source>
        <translation>Na. {job} {name} kwenye {port}: {pct:.0f} %, tabaka {layer}{remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="722"/>
        <source>Print ended. {results}</source>
        <translation>Uchapishaji umekwisha. {results}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="745"/>
        <source>Reordering</source>
        <translation>Inapanga upya</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="751"/>
        <source>Pinning</source>
        <translation>Inafunga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="759"/>
        <source>Unpinning</source>
        <translation>Inafungua</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="764"/>
        <source>Queue a G-code file</source>
        <translation>Weka faili la G-code foleni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="765"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="771"/>
        <source>Reading the printer profiles</source>
        <translation>Inasoma wasifu wa printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="796"/>
        <source>Checking and analysing the G-code</source>
        <translation>Inakagua na kuchambua G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="813"/>
        <source>Prints start on their own at their planned time on connected printers.</source>
        <translation>Uchapishaji huanza wenyewe kwa wakati uliopangwa kwenye printa zilizounganishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="838"/>
        <source>Battery</source>
        <translation>Betri</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../ui/screens/report.py" line="34"/>
        <source>Lab report</source>
        <translation>Ripoti ya karakana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="39"/>
        <source>No finished prints yet</source>
        <translation>Bado hakuna uchapishaji uliokamilika</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="40"/>
        <source>The report shows what the lab made each month and for each customer: filament, printing minutes, energy from the sun and from the battery, and material cost per item.</source>
        <translation>Ripoti inaonyesha kile karakana ilitengeneza kila mwezi na kwa kila mteja: filamenti, dakika za uchapishaji, nishati kutoka jua na betri, na gharama ya malighafi kwa kila kitu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="42"/>
        <source>It fills in by itself as print jobs complete.</source>
        <translation>Hujijaza yenyewe kazi za uchapishaji zinapokamilika.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="53"/>
        <source>Per month</source>
        <translation>Kwa mwezi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="54"/>
        <source>Per customer</source>
        <translation>Kwa mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="61"/>
        <source>Export CSV…</source>
        <translation>Hamisha CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="75"/>
        <source>Building the lab report</source>
        <translation>Inaandaa ripoti ya karakana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Period or customer</source>
        <translation>Kipindi au mteja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Made</source>
        <translation>Vilivyotengenezwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Failed</source>
        <translation>Vilivyoshindwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Filament (g)</source>
        <translation>Filamenti (g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from sun</source>
        <translation>Wh za jua</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from battery</source>
        <translation>Wh za betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Cost per item</source>
        <translation>Gharama kwa kitu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="113"/>
        <source>Energy (Wh)</source>
        <translation>Nishati (Wh)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="114"/>
        <source>Energy per month: sun (yellow) and battery (grey)</source>
        <translation>Nishati kwa mwezi: jua (njano) na betri (kijivu)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="122"/>
        <source>Export the lab report</source>
        <translation>Hamisha ripoti ya karakana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="130"/>
        <source>Writing the lab report</source>
        <translation>Inaandika ripoti ya karakana</translation>
    </message>
</context>
<context>
    <name>ResumeFlow</name>
    <message>
        <location filename="../../ui/resume_flow.py" line="65"/>
        <source>Looking for printer ports</source>
        <translation>Inatafuta milango ya printa</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="75"/>
        <source>Job {id} printed on {port}, which is not plugged in now, and no other port is there: plug the printer in, then press Resume again.</source>
        <translation>Kazi {id} ilichapishwa kwenye {port}, ambao haujachomekwa sasa, na hakuna mlango mwingine: chomeka printa, kisha bonyeza Endelea tena.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="77"/>
        <location filename="../../ui/resume_flow.py" line="85"/>
        <source>an unknown port</source>
        <translation>mlango usiojulikana</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="81"/>
        <location filename="../../ui/resume_flow.py" line="132"/>
        <source>Resume job {id}</source>
        <translation>Endeleza kazi {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="83"/>
        <source>Job {id} printed on {port}, which is not plugged in now. Choose the port its printer is on now (or plug it back in and press Resume again):</source>
        <translation>Kazi {id} ilichapishwa kwenye {port}, ambao haujachomekwa sasa. Chagua mlango ambao printa yake iko sasa (au ichomeke tena na ubonyeze Endelea tena):</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="91"/>
        <source>Job {id} was not resumed: it stays interrupted.</source>
        <translation>Kazi {id} haikuendelezwa: inabaki imekatizwa.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="101"/>
        <source>Resuming job {id}</source>
        <translation>Inaendeleza kazi {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="103"/>
        <source>Job {id} resumed on {port}.</source>
        <translation>Kazi {id} imeendelezwa kwenye {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="134"/>
        <source>The printer on {port} restarted and no longer knows where its nozzle is. To resume job {id} it will heat up, home X and Y, and come back down to {z:.2f} mm (layer {layer}).</source>
        <translation>Printa kwenye {port} imejiwasha upya na haijui tena nozeli yake iko wapi. Ili kuendeleza kazi {id} itapata joto, itarudisha X na Y mwanzoni, kisha itashuka tena hadi {z:.2f} mm (tabaka {layer}).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="138"/>
        <source>Is the part still on the bed, where it was printed, and is the nozzle&apos;s way clear of anything (tools, fallen filament, hands)?</source>
        <translation>Je, kipande bado kiko kitandani, pale kilipochapishwa, na njia ya nozeli iko wazi (vifaa, filamenti iliyoanguka, mikono)?</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="141"/>
        <source>The part is in place: resume</source>
        <translation>Kipande kiko mahali pake: endelea</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="142"/>
        <source>Don&apos;t resume</source>
        <translation>Usiendelee</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="161"/>
        <source>Job {id} was not resumed: it stays interrupted. Resume it once the part is on the bed and the way is clear.</source>
        <translation>Kazi {id} haikuendelezwa: inabaki imekatizwa. Iendeleze kipande kikiwa kitandani na njia iko wazi.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="166"/>
        <source>Heliofab could not open {port} to resume job {id}: check the cable and that no other program uses the port, then press Resume again.</source>
        <translation>Heliofab imeshindwa kufungua {port} ili kuendeleza kazi {id}: kagua kebo na kwamba hakuna programu nyingine inayotumia mlango huo, kisha bonyeza Endelea tena.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="171"/>
        <source>No printer answered on {port}: check that it is switched on and that this is its port, then press Resume again.</source>
        <translation>Hakuna printa iliyojibu kwenye {port}: hakikisha imewashwa na kwamba huu ndio mlango wake, kisha bonyeza Endelea tena.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="176"/>
        <source>Job {id} can&apos;t be resumed now: it is no longer interrupted (it was resumed or abandoned meanwhile).</source>
        <translation>Kazi {id} haiwezi kuendelezwa sasa: haijakatizwa tena (iliendelezwa au kuachwa wakati huo).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="180"/>
        <source>The G-code of job {id} is missing or changed in the data folder, so nothing was sent: queue the file again.</source>
        <translation>G-code ya kazi {id} haipo au imebadilika kwenye folda ya data, kwa hiyo hakuna kilichotumwa: weka faili foleni tena.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="185"/>
        <source>The printer on {port} is busy with another job: wait for it to end, then resume job {id}.</source>
        <translation>Printa kwenye {port} ina kazi nyingine: subiri imalizike, kisha endeleza kazi {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="188"/>
        <source>Job {id} can&apos;t be resumed on {port}: {reason}</source>
        <translation>Kazi {id} haiwezi kuendelezwa kwenye {port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="189"/>
        <source>Job {id} could not be resumed: {reason}</source>
        <translation>Kazi {id} haikuweza kuendelezwa: {reason}</translation>
    </message>
</context>
<context>
    <name>ScadCustomizerPanel</name>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="67"/>
        <source>Frame styles</source>
        <translation>Mitindo ya fremu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="68"/>
        <source>Reset to the design&apos;s defaults</source>
        <translation>Rudisha thamani za awali za muundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="91"/>
        <source>Render</source>
        <translation>Tengeneza mchoro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="93"/>
        <source>Write parts…</source>
        <translation>Andika vipande…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="94"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Kata tabaka &amp;&amp; weka foleni…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="96"/>
        <source>Slice the part shown and put it in the print queue, or save its G-code.</source>
        <translation>Kata tabaka za kipande kinachoonyeshwa na ukiweke kwenye foleni ya uchapishaji, au hifadhi G-code yake.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="127"/>
        <source>Opening {id}…</source>
        <translation>Inafungua {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="136"/>
        <source>Opening the design</source>
        <translation>Inafungua muundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="142"/>
        <source>{title} (OpenSCAD design)</source>
        <translation>{title} (muundo wa OpenSCAD)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="143"/>
        <source>Licence: {notice}</source>
        <translation>Leseni: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="149"/>
        <source>The mesh that came with the download (its author&apos;s settings).</source>
        <translation>Matundu yaliyokuja na upakuaji (mipangilio ya mwandishi).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="156"/>
        <source>This design declares no Customizer parameters: render it as it is.</source>
        <translation>Muundo huu hauna vigezo vya Customizer: utengenezee mchoro kama ulivyo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="205"/>
        <source>Rendered before with these values.</source>
        <translation>Mchoro ulishatengenezwa kwa thamani hizi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="207"/>
        <source>Press Render to see the part with these values.</source>
        <translation>Bonyeza Tengeneza mchoro kuona kipande kwa thamani hizi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="209"/>
        <source>Looking for a render</source>
        <translation>Inatafuta mchoro uliopo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="219"/>
        <source>OpenSCAD is rendering: this can take minutes for detailed designs.</source>
        <translation>OpenSCAD inatengeneza mchoro: inaweza kuchukua dakika kadhaa kwa miundo yenye maelezo mengi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="229"/>
        <source>Rendered in {s:.1f} s.</source>
        <translation>Mchoro umetengenezwa kwa sekunde {s:.1f}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="237"/>
        <source>Rendering with OpenSCAD</source>
        <translation>Inatengeneza mchoro kwa OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="247"/>
        <source>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triangles. {how}</source>
        <translation>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, pembetatu {n}. {how}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="259"/>
        <source>Cannot use this design: {error}</source>
        <translation>Muundo huu hauwezi kutumika: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="288"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Kazi Na. {job} imewekwa foleni ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="305"/>
        <source>Writing the parts</source>
        <translation>Inaandika vipande</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="306"/>
        <source>Wrote {path}</source>
        <translation>{path} imeandikwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="310"/>
        <source>Folder for the parts</source>
        <translation>Folda ya vipande</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="53"/>
        <location filename="../../ui/screens/settings.py" line="183"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="184"/>
        <source>This lab</source>
        <translation>Karakana hii</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Lab name</source>
        <translation>Jina la karakana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>Other labs see this name on the catalogues this lab signs.</source>
        <translation>Karakana nyingine huona jina hili kwenye katalogi ambazo karakana hii inatia sahihi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="188"/>
        <source>Currency (ISO code)</source>
        <translation>Sarafu (msimbo wa ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="190"/>
        <source>Currency symbol</source>
        <translation>Alama ya sarafu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>usual symbol</source>
        <translation>alama ya kawaida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Default material</source>
        <translation>Malighafi ya kawaida</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="193"/>
        <source>What new frames and slices are made of unless you choose another.</source>
        <translation>Fremu mpya na tabaka hutengenezwa kwa hii, usipochagua nyingine.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="194"/>
        <source>Apply</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="195"/>
        <source>Where the lab is</source>
        <translation>Karakana iko wapi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="196"/>
        <source>Latitude</source>
        <translation>Latitudo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="197"/>
        <source>Longitude</source>
        <translation>Longitudo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="198"/>
        <source>Altitude</source>
        <translation>Mwinuko</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="199"/>
        <source>Time zone</source>
        <translation>Saa za eneo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="200"/>
        <source>Save the place</source>
        <translation>Hifadhi mahali</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="201"/>
        <source>The lab&apos;s printers</source>
        <translation>Printa za karakana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="204"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="210"/>
        <source>Model</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="206"/>
        <source>Port</source>
        <translation>Mlango</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="203"/>
        <source>Remove the selected printer</source>
        <translation>Ondoa printa iliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="205"/>
        <source>e.g. Ender by the window</source>
        <translation>mf. Ender karibu na dirisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="209"/>
        <source>e.g. /dev/ttyUSB0, COM3 or sim://demo</source>
        <translation>mf. /dev/ttyUSB0, COM3 au sim://demo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Add the printer</source>
        <translation>Ongeza printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="219"/>
        <source>The computer&apos;s language</source>
        <translation>Lugha ya kompyuta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="237"/>
        <source>Reading the lab&apos;s settings</source>
        <translation>Inasoma mipangilio ya karakana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="283"/>
        <source>no port yet</source>
        <translation>bado hakuna mlango</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="306"/>
        <source>The settings could not be saved: {0}</source>
        <translation>Mipangilio haikuweza kuhifadhiwa: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="308"/>
        <source>Saving the settings</source>
        <translation>Inahifadhi mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="321"/>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="326"/>
        <source>Costs are shown as {example}</source>
        <translation>Gharama zinaonyeshwa kama {example}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="339"/>
        <source>The place could not be saved: {0}</source>
        <translation>Mahali hapakuweza kuhifadhiwa: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343"/>
        <source>Saved: the sun&apos;s path and the plan follow the new place.</source>
        <translation>Imehifadhiwa: njia ya jua na mpango vinafuata mahali papya.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="345"/>
        <source>Saving the place</source>
        <translation>Inahifadhi mahali</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="363"/>
        <source>{name} was added: printing and the queue use it on {port}.</source>
        <translation>{name} imeongezwa: uchapishaji na foleni vinaitumia kwenye {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="366"/>
        <source>Adding a printer</source>
        <translation>Inaongeza printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="373"/>
        <source>Select a printer in the list first.</source>
        <translation>Kwanza chagua printa kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="383"/>
        <source>{name} was removed: its jobs go to the other printers.</source>
        <translation>{name} imeondolewa: kazi zake zinaenda kwa printa nyingine.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="386"/>
        <source>Removing a printer</source>
        <translation>Inaondoa printa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="391"/>
        <source>The printers could not be changed: {0}</source>
        <translation>Printa hazikuweza kubadilishwa: {0}</translation>
    </message>
</context>
<context>
    <name>SlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="599"/>
        <source>Slice</source>
        <translation>Kata tabaka</translation>
    </message>
</context>
<context>
    <name>SlicingPanel</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="91"/>
        <location filename="../../ui/slicing/dialog.py" line="265"/>
        <source>No parts to slice yet.</source>
        <translation>Bado hakuna vipande vya kukata tabaka.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="95"/>
        <location filename="../../ui/slicing/dialog.py" line="97"/>
        <source>Edit…</source>
        <translation>Hariri…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="99"/>
        <source>Frames (under an hour)</source>
        <translation>Fremu (chini ya saa moja)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="100"/>
        <source>Standard</source>
        <translation>Kawaida</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="104"/>
        <source>Cooler bed after the first layers</source>
        <translation>Kitanda baridi zaidi baada ya tabaka za kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="113"/>
        <source>Rear, lined up</source>
        <translation>Nyuma, kwa mstari</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="114"/>
        <source>Nearest, least travel</source>
        <translation>Karibu zaidi, mwendo mdogo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="116"/>
        <source>Built-in slicer</source>
        <translation>Kikata tabaka cha ndani</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="118"/>
        <source>PrusaSlicer</source>
        <translation>PrusaSlicer</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="119"/>
        <source>Slice</source>
        <translation>Kata tabaka</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="132"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="134"/>
        <source>Printer</source>
        <translation>Printa</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="138"/>
        <source>Material</source>
        <translation>Malighafi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="139"/>
        <source>Print mode</source>
        <translation>Hali ya uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="140"/>
        <source>Layer height</source>
        <translation>Unene wa tabaka</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="141"/>
        <source>First layer speed</source>
        <translation>Kasi ya tabaka la kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="143"/>
        <source>Perimeters</source>
        <translation>Kingo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="144"/>
        <source>Infill</source>
        <translation>Ujazo</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="145"/>
        <source>Skirt loops</source>
        <translation>Mizunguko ya sketi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="146"/>
        <source>Seam</source>
        <translation>Mshono</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="147"/>
        <source>Slicer</source>
        <translation>Kikata tabaka</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="152"/>
        <source>Estimate</source>
        <translation>Makadirio</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="156"/>
        <source>Total</source>
        <translation>Jumla</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="157"/>
        <source>Print time</source>
        <translation>Muda wa uchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="158"/>
        <source>Heating up</source>
        <translation>Kupasha joto</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="159"/>
        <source>Filament</source>
        <translation>Filamenti</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="160"/>
        <source>Material cost</source>
        <translation>Gharama ya malighafi</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="161"/>
        <source>Energy</source>
        <translation>Nishati</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="162"/>
        <source>Layers</source>
        <translation>Tabaka</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="177"/>
        <source>Add to queue</source>
        <translation>Ongeza foleni</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="179"/>
        <source>Save G-code…</source>
        <translation>Hifadhi G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="181"/>
        <source>Write the checked G-code to a file, for a printer&apos;s SD card.</source>
        <translation>Andika G-code iliyokaguliwa kwenye faili, kwa kadi ya SD ya printa.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="196"/>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <location filename="../../ui/slicing/dialog.py" line="461"/>
        <source>Layer —</source>
        <translation>Tabaka —</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="197"/>
        <source>Show travels</source>
        <translation>Onyesha safari</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="263"/>
        <source>{0} part(s): {1}</source>
        <translation>Vipande {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="278"/>
        <source>Loading profiles</source>
        <translation>Inapakia wasifu</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="341"/>
        <source>Slicing…</source>
        <translation>Inakata tabaka…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="345"/>
        <source>Slicing</source>
        <translation>Inakata tabaka</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="357"/>
        <source>Cancelled.</source>
        <translation>Imeghairiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="386"/>
        <source>Sliced in {0:.1f} s. Safe to print.</source>
        <translation>Imekatwa tabaka kwa sekunde {0:.1f}. Salama kuchapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="388"/>
        <source>Sliced in {0:.1f} s after repairing {1}. Safe to print.</source>
        <translation>Imekatwa tabaka kwa sekunde {0:.1f} baada ya kurekebisha {1}. Salama kuchapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="393"/>
        <source>{0}, fits in one hour</source>
        <translation>{0}, inatosha ndani ya saa moja</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="394"/>
        <source>{0}, does not fit in one hour</source>
        <translation>{0}, haitoshi ndani ya saa moja</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="399"/>
        <source>{0:.1f} g ({1:.2f} m)</source>
        <translation>{0:.1f} g ({1:.2f} m)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="403"/>
        <source>{0:.0f} Wh (peak {1:.0f} W)</source>
        <translation>{0:.0f} Wh (kilele {1:.0f} W)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <source>Layer {0} of {1}</source>
        <translation>Tabaka {0} kati ya {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="447"/>
        <source>Settings changed: slice again to see the estimate.</source>
        <translation>Mipangilio imebadilika: kata tabaka tena uone makadirio.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="493"/>
        <source>Saved {path} ({kb} KB), checked for {printer}.</source>
        <translation>{path} imehifadhiwa ({kb} KB), imekaguliwa kwa {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="501"/>
        <source>Saving the G-code…</source>
        <translation>Inahifadhi G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="502"/>
        <source>Saving G-code</source>
        <translation>Inahifadhi G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="509"/>
        <source>Save G-code for an SD card</source>
        <translation>Hifadhi G-code kwa kadi ya SD</translation>
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
        <translation>mviringo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="28"/>
        <source>oval</source>
        <translation>yai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="29"/>
        <source>uncut</source>
        <translation>haijakatwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="30"/>
        <source>fluid-module</source>
        <translation>moduli ya kimiminika</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Shape</source>
        <translation>Umbo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Diameter/width (mm)</source>
        <translation>Kipenyo/upana (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Height (mm)</source>
        <translation>Kimo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Power (D)</source>
        <translation>Nguvu (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Count</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Thickness (mm)</source>
        <translation>Unene (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Port (mm)</source>
        <translation>Tundu (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="50"/>
        <source>Add lenses</source>
        <translation>Ongeza lenzi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="55"/>
        <source>e.g. 44</source>
        <translation>mf. 44</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="56"/>
        <source>ovals only</source>
        <translation>mviringo tu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="57"/>
        <source>e.g. +1.5</source>
        <translation>mf. +1.5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="58"/>
        <source>e.g. 10</source>
        <translation>mf. 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="60"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="61"/>
        <source>modules only</source>
        <translation>moduli tu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Ø / width</source>
        <translation>Ø / upana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Height</source>
        <translation>Kimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Power</source>
        <translation>Nguvu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Module thickness</source>
        <translation>Unene wa moduli</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="67"/>
        <source>Filling port</source>
        <translation>Tundu la kujaza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="72"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="75"/>
        <source>Update selected</source>
        <translation>Sasisha iliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="83"/>
        <source>Take one (−1)</source>
        <translation>Toa moja (−1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="85"/>
        <source>Put back (+1)</source>
        <translation>Rudisha (+1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="87"/>
        <source>Delete line</source>
        <translation>Futa mstari</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="97"/>
        <source>Load lens stock</source>
        <translation>Inapakia akiba ya lenzi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="131"/>
        <source>Choose a line of the stock first.</source>
        <translation>Kwanza chagua mstari wa akiba.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="168"/>
        <source>Save lenses</source>
        <translation>Inahifadhi lenzi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="178"/>
        <source>Update lens stock</source>
        <translation>Inasasisha akiba ya lenzi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="187"/>
        <source>Delete lens line</source>
        <translation>Inafuta mstari wa lenzi</translation>
    </message>
</context>
<context>
    <name>SuggestTab</name>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="53"/>
        <source>Customer and style</source>
        <translation>Mteja na mtindo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="59"/>
        <source>right eye</source>
        <translation>jicho la kulia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="60"/>
        <source>left eye</source>
        <translation>jicho la kushoto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="61"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="62"/>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="63"/>
        <source>Only lenses in stock</source>
        <translation>Lenzi zilizopo akiba tu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="64"/>
        <source>Reading glasses (near PD)</source>
        <translation>Miwani ya kusomea (PD ya karibu)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="65"/>
        <source>&amp;Style</source>
        <translation>&amp;Mtindo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="66"/>
        <source>Right eye PD (mm)</source>
        <translation>PD jicho la kulia (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="67"/>
        <source>Left eye PD (mm)</source>
        <translation>PD jicho la kushoto (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="68"/>
        <source>Head width (mm)</source>
        <translation>Upana wa kichwa (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="69"/>
        <source>Lens power (D)</source>
        <translation>Nguvu ya lenzi (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="78"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="204"/>
        <source>Suggest sizes</source>
        <translation>Pendekeza saizi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="93"/>
        <source>Open in customizer</source>
        <translation>Fungua katika kibunifu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="95"/>
        <source>Preview on photo</source>
        <translation>Onyesha kwenye picha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="115"/>
        <source>The frame outline is drawn here over the customer&apos;s latest card photo.</source>
        <translation>Umbo la fremu huchorwa hapa juu ya picha ya kadi ya karibuni ya mteja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="132"/>
        <source>The style or the figures changed: press Suggest sizes again.</source>
        <translation>Mtindo au namba zimebadilika: bonyeza Pendekeza saizi tena.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="197"/>
        <source>Checking every lens size and bridge…</source>
        <translation>Inakagua kila saizi ya lenzi na daraja…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="214"/>
        <source>#{rank}: lens {a:g} × {b:g} mm, bridge {dbl} mm</source>
        <translation>Na. {rank}: lenzi {a:g} × {b:g} mm, daraja {dbl} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="221"/>
        <source>{passed} of {checked} sizes pass every frame check; the best {n} are shown.</source>
        <translation>Saizi {passed} kati ya {checked} zinapita ukaguzi wote wa fremu; bora {n} zinaonyeshwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="243"/>
        <source>No card photo kept for this customer: the preview needs one.</source>
        <translation>Hakuna picha ya kadi iliyohifadhiwa kwa mteja huyu: onyesho linahitaji moja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="251"/>
        <source>Latest card photo; suggestions are drawn at true scale.</source>
        <translation>Picha ya kadi ya karibuni; mapendekezo huchorwa kwa ukubwa halisi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="254"/>
        <source>Open photo</source>
        <translation>Fungua picha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="267"/>
        <source>Draw frame on photo</source>
        <translation>Chora fremu kwenye picha</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/screens/sync.py" line="50"/>
        <source>Sync</source>
        <translation>Sawazisha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="57"/>
        <source>Look for sticks again</source>
        <translation>Tafuta flash tena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="58"/>
        <source>Choose a folder…</source>
        <translation>Chagua folda…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="67"/>
        <source>No USB stick found</source>
        <translation>Hakuna flash iliyopatikana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="68"/>
        <source>Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked.</source>
        <translation>Katalogi husafiri kati ya karakana kwenye flash: kilichobadilika tu ndicho kinanakiliwa, na kila faili hukaguliwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="70"/>
        <source>Insert a USB stick, or choose a folder, to export or import a catalogue.</source>
        <translation>Chomeka flash, au chagua folda, ili kuhamisha au kuleta katalogi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="80"/>
        <source>No stick or folder chosen.</source>
        <translation>Hakuna flash wala folda iliyochaguliwa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Check what&apos;s on it</source>
        <translation>Angalia kilichomo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="86"/>
        <source>Import into this lab</source>
        <translation>Leta kwenye karakana hii</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="87"/>
        <source>Export this lab&apos;s catalogue</source>
        <translation>Hamisha katalogi ya karakana hii</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="88"/>
        <source>Back up the whole lab</source>
        <translation>Weka nakala ya akiba ya karakana nzima</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="89"/>
        <source>Trust this publisher…</source>
        <translation>Mwamini mchapishaji huyu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="90"/>
        <source>Copy Heliofab to this stick</source>
        <translation>Nakili Heliofab kwenye flash hii</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="92"/>
        <source>So that other laptops can install Heliofab with no internet: for this computer&apos;s system and Windows, with this Python version. Other systems and versions: heliofab installer --help.</source>
        <translation>Ili kompyuta nyingine ziweze kusakinisha Heliofab bila intaneti: kwa mfumo wa kompyuta hii na Windows, na toleo hili la Python. Mifumo na matoleo mengine: heliofab installer --help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="112"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Change</source>
        <translation>Badiliko</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Design</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Title</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="130"/>
        <source>Why</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="152"/>
        <source>Looking for USB sticks</source>
        <translation>Inatafuta flash</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="160"/>
        <source>has a catalogue</source>
        <translation>ina katalogi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="162"/>
        <source>has a backup</source>
        <translation>ina nakala ya akiba</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="163"/>
        <source>{free:.1f} GB free</source>
        <translation>GB {free:.1f} wazi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="176"/>
        <source>Choose the stick or folder</source>
        <translation>Chagua flash au folda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <source>It holds a catalogue.</source>
        <translation>Ina katalogi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <location filename="../../ui/screens/sync.py" line="214"/>
        <source>No catalogue on it yet.</source>
        <translation>Bado haina katalogi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="196"/>
        <location filename="../../ui/screens/sync.py" line="221"/>
        <source>Chosen: {path}. {what}</source>
        <translation>Imechaguliwa: {path}. {what}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="198"/>
        <source>Reading the stick</source>
        <translation>Inasoma flash</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="206"/>
        <source>Its catalogue cannot be read: {problem}</source>
        <translation>Katalogi yake haiwezi kusomwa: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="210"/>
        <source>It holds a catalogue of %n design from {lab}.</source>
        <translation>
            <numerusform>Ina katalogi ya muundo %n kutoka {lab}.</numerusform>
            <numerusform>Ina katalogi ya miundo %n kutoka {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="211"/>
        <source>It holds a catalogue of %n designs from {lab}.</source>
        <translation>
            <numerusform>Ina katalogi ya muundo %n kutoka {lab}.</numerusform>
            <numerusform>Ina katalogi ya miundo %n kutoka {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="218"/>
        <source>Last export from this lab: {when} (%n design).</source>
        <translation>
            <numerusform>Uhamishaji wa mwisho wa karakana hii: {when} (muundo %n).</numerusform>
            <numerusform>Uhamishaji wa mwisho wa karakana hii: {when} (miundo %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="219"/>
        <source>Last export from this lab: {when} (%n designs).</source>
        <translation>
            <numerusform>Uhamishaji wa mwisho wa karakana hii: {when} (muundo %n).</numerusform>
            <numerusform>Uhamishaji wa mwisho wa karakana hii: {when} (miundo %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="319"/>
        <source>%n new</source>
        <translation>
            <numerusform>Mpya %n</numerusform>
            <numerusform>Mipya %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="320"/>
        <source>%n updated</source>
        <translation>
            <numerusform>uliosasishwa %n</numerusform>
            <numerusform>iliyosasishwa %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="321"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>usiobadilika %n</numerusform>
            <numerusform>isiyobadilika %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="322"/>
        <source>%n older</source>
        <translation>
            <numerusform>wa zamani zaidi %n</numerusform>
            <numerusform>ya zamani zaidi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="323"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>wenye mgongano %n</numerusform>
            <numerusform>yenye mgongano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="384"/>
        <source>Exported %n design</source>
        <translation>
            <numerusform>Muundo %n umehamishwa</numerusform>
            <numerusform>Miundo %n imehamishwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="385"/>
        <source>Exported %n designs</source>
        <translation>
            <numerusform>Muundo %n umehamishwa</numerusform>
            <numerusform>Miundo %n imehamishwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="386"/>
        <source>%n file copied</source>
        <translation>
            <numerusform>faili %n imenakiliwa</numerusform>
            <numerusform>faili %n zimenakiliwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="387"/>
        <source>%n files copied</source>
        <translation>
            <numerusform>faili %n imenakiliwa</numerusform>
            <numerusform>faili %n zimenakiliwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="388"/>
        <source>{exported}: {files}, {skipped} already on the stick.</source>
        <translation>{exported}: {files}, {skipped} zilikuwa tayari kwenye flash.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="398"/>
        <source>%n imported design from an unknown publisher or an unsigned catalogue stays off it too: exporting it would vouch for it with this lab&apos;s signature.</source>
        <translation>
            <numerusform>Muundo %n ulioletwa kutoka kwa mchapishaji asiyejulikana au katalogi isiyo na sahihi pia unaachwa nje: kuuhamisha kungeuthibitisha kwa sahihi ya karakana hii.</numerusform>
            <numerusform>Miundo %n iliyoletwa kutoka kwa mchapishaji asiyejulikana au katalogi isiyo na sahihi pia inaachwa nje: kuihamisha kungeithibitisha kwa sahihi ya karakana hii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="402"/>
        <source>%n imported designs from an unknown publisher or an unsigned catalogue stay off it too: exporting them would vouch for them with this lab&apos;s signature.</source>
        <translation>
            <numerusform>Muundo %n ulioletwa kutoka kwa mchapishaji asiyejulikana au katalogi isiyo na sahihi pia unaachwa nje: kuuhamisha kungeuthibitisha kwa sahihi ya karakana hii.</numerusform>
            <numerusform>Miundo %n iliyoletwa kutoka kwa mchapishaji asiyejulikana au katalogi isiyo na sahihi pia inaachwa nje: kuihamisha kungeithibitisha kwa sahihi ya karakana hii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="212"/>
        <location filename="../../ui/screens/sync.py" line="335"/>
        <source>an unnamed lab</source>
        <translation>karakana isiyo na jina</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="234"/>
        <source>Cancelling… the stick keeps its previous complete catalogue.</source>
        <translation>Inaghairi… flash inabaki na katalogi kamili ya awali.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="264"/>
        <source>Sync stopped</source>
        <translation>Usawazishaji umesimama</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="302"/>
        <source>Checking {path}</source>
        <translation>Inakagua {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="328"/>
        <source>Signed by {name}, a publisher this lab trusts ({fp}).</source>
        <translation>Imetiwa sahihi na {name}, mchapishaji anayeaminiwa na karakana hii ({fp}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="330"/>
        <source>Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. Call that lab and compare the fingerprint before trusting it.</source>
        <translation>Imetiwa sahihi na {name} ({fp}), bado haaminiwi hapa: miundo inaingia ikiwa na alama hiyo. Piga simu karakana hiyo na mlinganishe alama ya kidole kabla ya kuiamini.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="333"/>
        <source>NOT signed: designs come in marked unsigned and never replace trusted ones.</source>
        <translation>HAINA sahihi: miundo inaingia ikiwa na alama ya bila sahihi na haichukui nafasi ya inayoaminiwa kamwe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="345"/>
        <source>Importing from {path}</source>
        <translation>Inaleta kutoka {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="352"/>
        <source>Imported: </source>
        <translation>Imeletwa: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="361"/>
        <source>Exporting to {path}</source>
        <translation>Inahamisha kwenda {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="372"/>
        <source>Another lab&apos;s catalogue</source>
        <translation>Katalogi ya karakana nyingine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="373"/>
        <source>Replace it with this lab&apos;s catalogue anyway?</source>
        <translation>Iweke katalogi ya karakana hii badala yake hata hivyo?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="393"/>
        <source>Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported or made go on the stick.</source>
        <translation>Miundo iliyokuja na Heliofab husafiri na Heliofab yenyewe (kila nakala inayo): miundo iliyoletwa au kutengenezwa na karakana hii tu ndiyo huenda kwenye flash.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="426"/>
        <source>Backing up to {path}</source>
        <translation>Inaweka nakala ya akiba kwenye {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="434"/>
        <source>The signing key is in it, encrypted with your passphrase.</source>
        <translation>Ufunguo wa sahihi umo, umesimbwa kwa neno lako la siri.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="435"/>
        <source>The signing key was left out: copy the keys folder of the data folder by hand to move it.</source>
        <translation>Ufunguo wa sahihi umeachwa nje: kuuhamisha, nakili kwa mkono folda ya keys ya folda ya data.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="438"/>
        <source>The lab has no signing key yet, so the backup holds none: one is made at the first catalogue export.</source>
        <translation>Karakana bado haina ufunguo wa sahihi, kwa hiyo nakala haina: utatengenezwa katalogi itakapohamishwa mara ya kwanza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="442"/>
        <source>Backed up and verified in {folder}. It holds customers&apos; data: keep the stick safe.</source>
        <translation>Nakala ya akiba imewekwa na kukaguliwa kwenye {folder}. Ina data za wateja: tunza flash mahali salama.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="452"/>
        <source>{count} damaged stored file(s) were left out ({used}): run `heliofab doctor --repair` to move them aside, then re-import or re-queue what they belonged to.</source>
        <translation>Faili {count} zilizoharibika zimeachwa nje ({used}): endesha `heliofab doctor --repair` kuziweka kando, kisha leta tena au weka foleni tena vitu vilivyokuwa vyake.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="454"/>
        <source>nothing refers to them any more</source>
        <translation>hakuna kinachozitumia tena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="471"/>
        <source>Copying Heliofab to {path}</source>
        <translation>Inanakili Heliofab kwenda {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="474"/>
        <source>Cancelling… the stick keeps what it held before.</source>
        <translation>Inaghairi… flash inabaki na kilichokuwamo awali.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="478"/>
        <source>Heliofab is on the stick for {targets}: on each laptop run install.bat (Windows) or install.sh (Linux, macOS) from it.</source>
        <translation>Heliofab iko kwenye flash kwa {targets}: kwenye kila kompyuta endesha install.bat (Windows) au install.sh (Linux, macOS) kutoka humo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="481"/>
        <source>Not on it, as there is no network: {targets}.</source>
        <translation>Haimo, kwa kuwa hakuna mtandao: {targets}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <location filename="../../ui/screens/sync.py" line="496"/>
        <source>Trust a publisher</source>
        <translation>Mwamini mchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <source>The lab&apos;s name:</source>
        <translation>Jina la karakana:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="497"/>
        <source>Type the fingerprint that lab reads to you over the phone (not the one shown here):</source>
        <translation>Andika alama ya kidole ambayo karakana hiyo inakusomea kwa simu (si ile inayoonyeshwa hapa):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="508"/>
        <source>Trusting a publisher</source>
        <translation>Inamwamini mchapishaji</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="511"/>
        <source>Not trusted</source>
        <translation>Haaminiwi</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>TemperatureControls</name>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="18"/>
        <source>Temperatures</source>
        <translation>Joto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="21"/>
        <location filename="../../ui/widgets/temperature_controls.py" line="64"/>
        <source>No temperature reported yet.</source>
        <translation>Bado hakuna joto lililoripotiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="25"/>
        <source>Set</source>
        <translation>Weka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="26"/>
        <source>Heat the hotend and the bed to these temperatures</source>
        <translation>Pasha hotend na kitanda hadi joto hili</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Hotend</source>
        <translation>Hotend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Bed</source>
        <translation>Kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="36"/>
        <source>Cool down</source>
        <translation>Poza</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="37"/>
        <source>Switch the hotend and bed heaters off</source>
        <translation>Zima hita za hotend na kitanda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="52"/>
        <source>{name} {hotend}/{bed}</source>
        <translation>{name} {hotend}/{bed}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="54"/>
        <source>Preheat for {name}: hotend {hotend} °C, bed {bed} °C</source>
        <translation>Pasha joto mapema kwa {name}: hotend {hotend} °C, kitanda {bed} °C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="67"/>
        <source>Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C</source>
        <translation>Hotend {h:.1f} / {ht:.0f} °C   Kitanda {b} / {bt} °C</translation>
    </message>
</context>
<context>
    <name>TemplatePrint</name>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="43"/>
        <source>This template has no size in millimetres, so it cannot be printed at 1:1.</source>
        <translation>Kiolezo hiki hakina ukubwa kwa milimita, kwa hiyo hakiwezi kuchapishwa kwa 1:1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="58"/>
        <source>Heliofab paper template</source>
        <translation>Kiolezo cha karatasi cha Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="77"/>
        <source>The template could not be read, so nothing was printed: make it again.</source>
        <translation>Kiolezo hakikuweza kusomwa, kwa hiyo hakuna kilichochapishwa: kitengeneze tena.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="81"/>
        <source>The printer refused the page: check it is switched on and has paper, then try again.</source>
        <translation>Printa imekataa ukurasa: hakikisha imewashwa na ina karatasi, kisha jaribu tena.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="96"/>
        <source>Print the paper template at 100 %</source>
        <translation>Chapisha kiolezo cha karatasi kwa 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="106"/>
        <source>Template sent to {printer} at 100 %: check its 100 mm line measures 100 mm.</source>
        <translation>Kiolezo kimetumwa kwa {printer} kwa 100 %: hakikisha mstari wake wa mm 100 unapima mm 100.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="113"/>
        <source>Planning…</source>
        <translation>Inapanga…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="147"/>
        <source>sun</source>
        <translation>jua</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="164"/>
        <source>battery</source>
        <translation>betri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="200"/>
        <source>now</source>
        <translation>sasa</translation>
    </message>
</context>
</TS>
