<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BedView3D</name>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="113"/>
        <source>3D view</source>
        <translation>Vue 3D</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="122"/>
        <source>The parts appear here once every check passes.</source>
        <translation>Les pièces s&apos;affichent ici dès que toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="123"/>
        <source>Drawing…</source>
        <translation>Dessin…</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="181"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="188"/>
        <source>Search designs: title, tags, author…</source>
        <translation>Chercher&#xa0;: titre, étiquette, auteur…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="192"/>
        <source>Fits bed (mm)</source>
        <translation>Tient sur plateau (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="194"/>
        <source>Any bed size</source>
        <translation>Toute taille de plateau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="203"/>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="220"/>
        <location filename="../../ui/screens/catalogue.py" line="404"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="221"/>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>All licences</source>
        <translation>Toutes licences</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="244"/>
        <source>Choose a design to see its licence, author and files.</source>
        <translation>Choisissez un modèle pour voir sa licence, son auteur et ses fichiers.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="248"/>
        <source>Open in customizer</source>
        <translation>Ouvrir dans Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="252"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Découper et mettre en file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="260"/>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="262"/>
        <source>Name, author, licence, source and notes of a design this lab imported.</source>
        <translation>Nom, auteur, licence, source et notes d&apos;un modèle importé par ce labo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="265"/>
        <source>Bundled with Heliofab: its details are read-only.</source>
        <translation>Fourni avec Heliofab&#xa0;: ses détails ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="284"/>
        <source>No designs yet</source>
        <translation>Aucun modèle pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="285"/>
        <source>The catalogue holds the frame styles and other designs this lab can print, with their licences.</source>
        <translation>Le catalogue contient les styles de montures et les autres modèles que ce labo peut imprimer, avec leurs licences.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="286"/>
        <source>Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area.</source>
        <translation>Importez des fichiers STL/3MF ou un zip de modèles, ou apportez un catalogue sur une clé USB depuis l&apos;écran Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="289"/>
        <source>No design matches</source>
        <translation>Aucun modèle ne correspond</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="290"/>
        <source>Nothing in the catalogue matches these words and filters.</source>
        <translation>Rien dans le catalogue ne correspond à ces mots et à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="291"/>
        <source>Clear the search box or choose “All categories” and “All licences”.</source>
        <translation>Videz la zone de recherche ou choisissez «&#xa0;Toutes catégories&#xa0;» et «&#xa0;Toutes licences&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="348"/>
        <source>Loading the catalogue</source>
        <translation>Chargement du catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="378"/>
        <source>Loading thumbnails</source>
        <translation>Chargement des vignettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n design</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="391"/>
        <source>%n designs</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="447"/>
        <source>Loading the design</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="456"/>
        <source>Bundled with Heliofab</source>
        <translation>Fourni avec Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="457"/>
        <source>Made or imported in this lab</source>
        <translation>Créé ou importé dans ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="458"/>
        <source>From a trusted lab</source>
        <translation>D&apos;un labo de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="459"/>
        <source>From a lab you have not trusted yet</source>
        <translation>D&apos;un labo pas encore reconnu comme fiable</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="460"/>
        <source>Unsigned: origin unknown</source>
        <translation>Non signé&#xa0;: origine inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="463"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="464"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="465"/>
        <source>Not for sale without checking: the licence restricts commercial use or is unknown.</source>
        <translation>Pas de vente sans vérification&#xa0;: la licence restreint l&apos;usage commercial ou est inconnue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="494"/>
        <source>Choose its values in the customizer, then slice it and queue it from there.</source>
        <translation>Choisissez ses valeurs dans Personnalisation, puis découpez-le et mettez-le en file depuis là.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="496"/>
        <source>Slice this design, see its time, grams, cost and energy, then queue it or save the G-code.</source>
        <translation>Découpez ce modèle, voyez sa durée, ses grammes, son coût et son énergie, puis mettez-le en file ou enregistrez le G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Import designs</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="537"/>
        <source>Designs (*.stl *.3mf *.zip)</source>
        <translation>Modèles (*.stl *.3mf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="548"/>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="554"/>
        <source>%n kept as it was</source>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="555"/>
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="557"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="558"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/catalogue.py" line="559"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="564"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="25"/>
        <source>Search name or code (Ctrl+F)</source>
        <translation>Nom ou code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="31"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nouveau client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_list.py" line="45"/>
        <source> · PD {pd}</source>
        <translation> · EP {pd}</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="39"/>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="40"/>
        <source>teen</source>
        <translation>adolescent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="41"/>
        <source>adult</source>
        <translation>adulte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="42"/>
        <source>senior</source>
        <translation>senior</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="56"/>
        <source>Intake</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="60"/>
        <source>made up when empty</source>
        <translation>inventé si vide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="66"/>
        <source>Agrees to photos being kept on this laptop</source>
        <translation>Accepte que ses photos soient gardées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="80"/>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="81"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="82"/>
        <source>&amp;Age group</source>
        <translation>Tr&amp;anche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="84"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="86"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="88"/>
        <source>Delete customer…</source>
        <translation>Supprimer le client…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="98"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Far PD</source>
        <translation>EP de loin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Near PD</source>
        <translation>EP de près</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="101"/>
        <source>Mono R/L</source>
        <translation>Mono D/G</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Head width</source>
        <translation>Largeur de tête</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="102"/>
        <source>Power R/L</source>
        <translation>Puissance D/G</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="108"/>
        <source>Saved fits</source>
        <translation>Ajustages enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="114"/>
        <source>Open in customizer</source>
        <translation>Ouvrir dans Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="116"/>
        <source>Print again…</source>
        <translation>Imprimer à nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="119"/>
        <source>Slice the selected fit as it was saved and queue it for the customer (no new fit is saved).</source>
        <translation>Découper l&apos;ajustage choisi tel qu&apos;il a été enregistré et le mettre en file pour le client (aucun nouvel ajustage n&apos;est enregistré).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="121"/>
        <source>Save STL files…</source>
        <translation>Enregistrer les fichiers STL…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="123"/>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="125"/>
        <source>Import JSON…</source>
        <translation>Importer un JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="127"/>
        <source>Sold (not a gift)</source>
        <translation>Vendues (pas un cadeau)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="128"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Ces montures sont vendues (pas un cadeau ni un usage personnel)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="138"/>
        <source>Orders (print jobs)</source>
        <translation>Commandes (travaux d&apos;impression)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="149"/>
        <source>Self-adjustable lenses</source>
        <translation>Verres auto-ajustables</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="151"/>
        <source>The customer tuned the lenses themselves (no prescription needed)</source>
        <translation>Le client a réglé les verres lui-même (sans ordonnance)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="165"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="248"/>
        <source>Module not recorded</source>
        <translation>Module non noté</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="166"/>
        <source>Record on the selected fit</source>
        <translation>Noter sur l&apos;ajustage choisi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="169"/>
        <source>Lens module used</source>
        <translation>Module de verre utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="201"/>
        <source>, paper-check changes</source>
        <translation>, modifications après vérification papier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="203"/>
        <source>, tuned by the customer</source>
        <translation>, verres réglés par le client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="214"/>
        <source>No orders yet.</source>
        <translation>Pas encore de commande.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="219"/>
        <source> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)</source>
        <translation> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} soleil, {bat:.1f} batterie)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="223"/>
        <source>measured by the charge controller</source>
        <translation>mesuré par le régulateur de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="224"/>
        <source>partly measured by the charge controller</source>
        <translation>mesuré en partie par le régulateur de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="225"/>
        <source>estimated, no controller readings</source>
        <translation>estimé, sans relevés du régulateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="275"/>
        <source>Saved {label}.</source>
        <translation>{label} enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="278"/>
        <source>Save customer</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="286"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="300"/>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="287"/>
        <source>Delete {label} with all measurements, fits and photos? This cannot be undone.</source>
        <translation>Supprimer {label} avec toutes ses mesures, ajustages et photos&#xa0;? C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="296"/>
        <source>Deleted {label} and their photos.</source>
        <translation>{label} et ses photos supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="309"/>
        <source>Choose a saved fit in the list first.</source>
        <translation>Choisissez d&apos;abord un ajustage enregistré dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="319"/>
        <source>Open fit</source>
        <translation>Ouvrir l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="334"/>
        <source>Write the parts (STL) to</source>
        <translation>Écrire les pièces (STL) dans</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="345"/>
        <source>Reprint fit</source>
        <translation>Réimprimer l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="347"/>
        <source>Wrote {n} files to {folder}.</source>
        <translation>{n} fichiers écrits dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="355"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="359"/>
        <source>Export fit</source>
        <translation>Exporter l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="361"/>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="367"/>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="381"/>
        <source>Import fit</source>
        <translation>Importer un ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="377"/>
        <source>Imported fit #{id}.</source>
        <translation>Ajustage n°{id} importé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="396"/>
        <source>module not recorded</source>
        <translation>module non noté</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="397"/>
        <source>Fit #{id}: tuned by the customer ({module}).</source>
        <translation>Ajustage n°{id}&#xa0;: verres réglés par le client ({module}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="399"/>
        <source>Fit #{id}: not tuned by the customer.</source>
        <translation>Ajustage n°{id}&#xa0;: verres non réglés par le client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/customer_tab.py" line="405"/>
        <source>Record self-tuned lenses</source>
        <translation>Enregistrement des verres réglés par le client</translation>
    </message>
</context>
<context>
    <name>CustomizerScreen</name>
    <message>
        <location filename="../../ui/screens/customizer.py" line="96"/>
        <source>Customizer</source>
        <translation>Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="133"/>
        <source> (child)</source>
        <translation> (enfant)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="135"/>
        <source>Fit bridge to PD</source>
        <translation>Ajuster le pont à l&apos;EP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="136"/>
        <source>Set the bridge so the lens centres sit exactly on the pupils.</source>
        <translation>Règle le pont pour que le centre des verres tombe exactement sur les pupilles.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="137"/>
        <source>Reset to style defaults</source>
        <translation>Revenir aux valeurs du style</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="138"/>
        <source>Frame style:</source>
        <translation>Style de monture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="144"/>
        <location filename="../../ui/screens/customizer.py" line="286"/>
        <source>Not tied to a customer</source>
        <translation>Lié à aucun client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="161"/>
        <source>Front and temple</source>
        <translation>Face et branche</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="162"/>
        <source>Print bed (3D)</source>
        <translation>Plateau d&apos;impression (3D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="163"/>
        <source>Actual size on screen (when it fits)</source>
        <translation>Taille réelle à l&apos;écran (si elle tient)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="173"/>
        <source>Write parts…</source>
        <translation>Écrire les pièces…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="174"/>
        <source>Paper template…</source>
        <translation>Gabarit papier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="175"/>
        <source>Print template…</source>
        <translation>Imprimer le gabarit…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="176"/>
        <source>Print the 1:1 template at 100 % on this laptop&apos;s printer.</source>
        <translation>Imprimer le gabarit 1:1 à 100&#xa0;% sur l&apos;imprimante de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="177"/>
        <source>Save parameter set…</source>
        <translation>Enregistrer les paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="178"/>
        <source>Load parameter set…</source>
        <translation>Charger des paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="179"/>
        <source>Save as fit</source>
        <translation>Enregistrer comme ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="180"/>
        <source>Available once customers and fits are set up.</source>
        <translation>Disponible une fois les clients et les ajustages en place.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="181"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Découper et mettre en file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="183"/>
        <location filename="../../ui/screens/customizer.py" line="593"/>
        <source>Slice the saved fit and put it in the print queue for its customer.</source>
        <translation>Découpe l&apos;ajustage enregistré et le met dans la file d&apos;impression pour son client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="187"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Vendues (pas un cadeau ni un usage personnel)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="293"/>
        <source>Saved as fit #{id}: slice it and queue it for the customer.</source>
        <translation>Enregistré comme ajustage n°{id}&#xa0;: découpez-le et mettez-le en file pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="359"/>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="379"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="381"/>
        <source>Pinned: the bridge keeps the value you chose. Unpin it to let it follow the PD and lens width.</source>
        <translation>Épinglé&#xa0;: le pont garde la valeur choisie. Désépinglez-le pour qu&apos;il suive l&apos;EP et la largeur du verre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="383"/>
        <source>The bridge follows the PD and lens width, so the lenses stay on the pupils. Pin it to keep a value of your own.</source>
        <translation>Le pont suit l&apos;EP et la largeur du verre, pour que les verres restent centrés sur les pupilles. Épinglez-le pour garder votre propre valeur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="459"/>
        <source>This design has no bridge to fit.</source>
        <translation>Ce modèle n&apos;a pas de pont à ajuster.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="462"/>
        <source>No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: change the lens width.</source>
        <translation>Aucun pont entre {lo:g} et {hi:g} mm ne place ces verres sur les pupilles&#xa0;: changez la largeur du verre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="499"/>
        <source>Style thumbnails</source>
        <translation>Vignettes des styles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="523"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="535"/>
        <source>Cannot build this frame: {error}</source>
        <translation>Impossible de construire cette monture&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="545"/>
        <source>, about {g:.1f} g</source>
        <translation>, environ {g:.1f} g</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="557"/>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="561"/>
        <source>All checks pass: ready to print.</source>
        <translation>Toutes les vérifications passent&#xa0;: prêt à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="800"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Travail n°{job} mis en file ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="623"/>
        <source>Writing frame parts</source>
        <translation>Écriture des pièces de la monture</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="549"/>
        <source>{marking}: lens {a:g} + bridge {bridge:g} mm{hint} · frame PD {pd:g} mm · width {w:g} mm · splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}</source>
        <translation>{marking}&#xa0;: verre {a:g} + pont {bridge:g} mm{hint} · EP monture {pd:g} mm · largeur {w:g} mm · ouverture D {sr:g}° / G {sl:g}° · branche {t:g} mm{grams}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="582"/>
        <source> (the PD calls for {fit:g} mm)</source>
        <translation> (l&apos;EP demande {fit:g} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="624"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="643"/>
        <source>Writing paper template</source>
        <translation>Écriture du gabarit papier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="645"/>
        <source>Saved {path}: print at 100 % and check the card outline.</source>
        <translation>{path} enregistré&#xa0;: imprimez à 100&#xa0;% et vérifiez le contour de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="659"/>
        <source>Saving parameter set</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="660"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="675"/>
        <source>Loading parameter set</source>
        <translation>Chargement des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="681"/>
        <source>Folder for the frame parts</source>
        <translation>Dossier pour les pièces de la monture</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="686"/>
        <source>Save paper template</source>
        <translation>Enregistrer le gabarit papier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="687"/>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="698"/>
        <source>Save OpenSCAD parameter set</source>
        <translation>Enregistrer les paramètres OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="699"/>
        <location filename="../../ui/screens/customizer.py" line="705"/>
        <source>Parameter sets (*.json)</source>
        <translation>Jeux de paramètres (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="704"/>
        <source>Load OpenSCAD parameter set</source>
        <translation>Charger des paramètres OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="721"/>
        <source>{title} by {author}, licence {licence}. {attribution}</source>
        <translation>{title} par {author}, licence {licence}. {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="723"/>
        <location filename="../../ui/screens/customizer.py" line="729"/>
        <source>Licence: {notice}</source>
        <translation>Licence&#xa0;: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="731"/>
        <source>Design licence</source>
        <translation>Licence du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="743"/>
        <source>Fit #{id}: {style}</source>
        <translation>Ajustage n°{id}&#xa0;: {style}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="794"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="795"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

L&apos;auteur a-t-il accepté cette vente&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="792"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Pas mis en file&#xa0;: décochez «&#xa0;vendues&#xa0;» pour les imprimer comme cadeau.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="784"/>
        <source>Queueing the frames</source>
        <translation>Mise en file des montures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="595"/>
        <source>Slice these values and queue them, for a customer or the lab&apos;s stock. Save as fit first to keep a customer&apos;s frames with their measurements.</source>
        <translation>Découpez ces valeurs et mettez-les en file, pour un client ou le stock du labo. Enregistrez d&apos;abord comme ajustage pour garder les montures d&apos;un client avec ses mesures.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="799"/>
        <source>Queued job #{job} for the customer ({licence}).</source>
        <translation>Travail n°{job} mis en file pour le client ({licence}).</translation>
    </message>
</context>
<context>
    <name>DesignDetailsDialog</name>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="36"/>
        <source>Details of {title}</source>
        <translation>Détails de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="42"/>
        <source>Whom to credit</source>
        <translation>Qui citer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="55"/>
        <source>https://… or where the files came from</source>
        <translation>https://… ou d&apos;où viennent les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="57"/>
        <source>Notes shown with the design</source>
        <translation>Notes affichées avec le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="62"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="63"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="65"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="66"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="73"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="101"/>
        <source>Nobody has said what is allowed: ask the author before printing copies for others.</source>
        <translation>Personne n&apos;a dit ce qui est permis&#xa0;: demandez à l&apos;auteur avant d&apos;imprimer des copies pour d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="103"/>
        <source>Only the author may allow copies: ask before printing for others.</source>
        <translation>Seul l&apos;auteur peut autoriser des copies&#xa0;: demandez-lui avant d&apos;imprimer pour d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="105"/>
        <source>Anyone may print, change and sell it, with no conditions.</source>
        <translation>Tout le monde peut l&apos;imprimer, le modifier et le vendre, sans condition.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="107"/>
        <source>Prints may be made and given away, crediting the author, but not sold without the author&apos;s permission.</source>
        <translation>Les impressions peuvent être faites et données en citant l&apos;auteur, mais pas vendues sans sa permission.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="110"/>
        <source>Prints may be made, given away and sold, crediting the author.</source>
        <translation>Les impressions peuvent être faites, données et vendues en citant l&apos;auteur.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="113"/>
        <source>Changed versions must be shared under the same licence.</source>
        <translation>Les versions modifiées doivent être partagées sous la même licence.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="115"/>
        <source>Changed versions may not be shared.</source>
        <translation>Les versions modifiées ne peuvent pas être partagées.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="127"/>
        <source>Saving the design&apos;s details</source>
        <translation>Enregistrement des détails du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="146"/>
        <source>This design comes with Heliofab and its details cannot be changed: import your own copy of the files to give it other details.</source>
        <translation>Ce modèle est fourni avec Heliofab et ses détails ne peuvent pas être modifiés&#xa0;: importez votre propre copie des fichiers pour lui donner d&apos;autres détails.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="148"/>
        <source>Give the design a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="149"/>
        <source>The name is too long: shorten it to 200 characters at most.</source>
        <translation>Le nom est trop long&#xa0;: raccourcissez-le à 200 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="150"/>
        <source>Choose a licence from the list.</source>
        <translation>Choisissez une licence dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="151"/>
        <source>The licence {licence} asks that the author be credited: type the author&apos;s name.</source>
        <translation>La licence {licence} demande de citer l&apos;auteur&#xa0;: tapez le nom de l&apos;auteur.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="153"/>
        <source>The author&apos;s name is too long: shorten it to 200 characters at most.</source>
        <translation>Le nom de l&apos;auteur est trop long&#xa0;: raccourcissez-le à 200 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="155"/>
        <source>The source is not a whole web address: type it as https://… or say in a few words where the files came from.</source>
        <translation>La source n&apos;est pas une adresse web complète&#xa0;: tapez-la sous la forme https://… ou dites en quelques mots d&apos;où viennent les fichiers.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/design_details_dialog.py" line="157"/>
        <source>The notes are too long: shorten them to 4000 characters at most.</source>
        <translation>Les notes sont trop longues&#xa0;: raccourcissez-les à 4000 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>DesignSlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="59"/>
        <source>Slice &amp; queue: {title}</source>
        <translation>Découper et mettre en file&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="68"/>
        <source>No customer (the lab&apos;s own stock)</source>
        <translation>Aucun client (stock du labo)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="69"/>
        <source>This print is sold (not a gift or personal use)</source>
        <translation>Cette impression est vendue (pas un cadeau ni un usage personnel)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="77"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="102"/>
        <source>Loading customers</source>
        <translation>Chargement des clients</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="111"/>
        <source>Licence: {notice}</source>
        <translation>Licence&#xa0;: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="131"/>
        <source>Reading the design&apos;s parts…</source>
        <translation>Lecture des pièces du modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="132"/>
        <source>Reading {title}</source>
        <translation>Lecture de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="161"/>
        <source>Adding to the queue…</source>
        <translation>Ajout à la file…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="162"/>
        <source>Queueing {id}</source>
        <translation>Mise en file de {id}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="172"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="173"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

L&apos;auteur a-t-il accepté cette vente&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/design_dialog.py" line="170"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Pas mis en file&#xa0;: décochez «&#xa0;vendue&#xa0;» pour l&apos;imprimer comme cadeau.</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="122"/>
        <source>peak {0:.0f} W</source>
        <translation>pic {0:.0f} W</translation>
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
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="105"/>
        <source>Sun now</source>
        <translation>Soleil maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="106"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="107"/>
        <source>Usable above reserve</source>
        <translation>Utilisable au-dessus de la réserve</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="108"/>
        <source>Expected next 24 h</source>
        <translation>Prévu sur 24 h</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="112"/>
        <source>No readings yet: connect the charge controller or enter a reading by hand.</source>
        <translation>Pas encore de relevé&#xa0;: branchez le régulateur de charge ou saisissez un relevé à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="133"/>
        <location filename="../../ui/screens/energy.py" line="218"/>
        <source>PV power</source>
        <translation>Puissance PV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="134"/>
        <source>hours from now</source>
        <translation>heures à partir de maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="137"/>
        <source>clear sky</source>
        <translation>ciel clair</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="138"/>
        <source>expected</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="139"/>
        <source>cautious</source>
        <translation>prudent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="102"/>
        <source>Site, panels and battery</source>
        <translation>Site, panneaux et batterie</translation>
    </message>
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
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="54"/>
        <source>Panel tilt</source>
        <translation>Inclinaison des panneaux</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="55"/>
        <source>Panel azimuth (180 = south)</source>
        <translation>Azimut des panneaux (180 = sud)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="56"/>
        <source>System losses</source>
        <translation>Pertes du système</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="57"/>
        <source>Battery capacity</source>
        <translation>Capacité de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="58"/>
        <source>Battery reserve</source>
        <translation>Réserve de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="59"/>
        <source>Battery voltage</source>
        <translation>Tension de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="60"/>
        <source>Charge efficiency</source>
        <translation>Rendement de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="61"/>
        <source>Discharge efficiency</source>
        <translation>Rendement de décharge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="62"/>
        <source>Always-on load</source>
        <translation>Consommation permanente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="63"/>
        <source>Evening lights</source>
        <translation>Éclairage du soir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="64"/>
        <source>Lights from</source>
        <translation>Éclairage de</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="65"/>
        <source>Lights until</source>
        <translation>Éclairage jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="66"/>
        <source>Staffed from</source>
        <translation>Présence de</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="67"/>
        <source>Staffed until</source>
        <translation>Présence jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="101"/>
        <source>Now and forecast</source>
        <translation>Maintenant et prévision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="152"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="159"/>
        <source>Battery type</source>
        <translation>Type de batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="161"/>
        <source>Save site</source>
        <translation>Enregistrer le site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="173"/>
        <source>Charge controller</source>
        <translation>Régulateur de charge</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="186"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="188"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="190"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="192"/>
        <source>Demo: simulated controller</source>
        <translation>Démo&#xa0;: régulateur simulé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="197"/>
        <location filename="../../ui/screens/energy.py" line="294"/>
        <location filename="../../ui/screens/energy.py" line="348"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="203"/>
        <source>Enter a reading by hand</source>
        <translation>Saisir un relevé à la main</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="216"/>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="217"/>
        <source>Battery voltage (0: not measured)</source>
        <translation>Tension batterie (0&#xa0;: non mesurée)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="219"/>
        <source>Store reading</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="252"/>
        <source>Saving the place</source>
        <translation>Enregistrement du lieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="262"/>
        <source>The place could not be saved: {0}</source>
        <translation>Le lieu n&apos;a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="266"/>
        <source>Saved. The queue is planned with these values from now on.</source>
        <translation>Enregistré. La file est désormais planifiée avec ces valeurs.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="272"/>
        <source>Updating the energy forecast</source>
        <translation>Mise à jour de la prévision d&apos;énergie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="285"/>
        <source>reserve {0:.0f} %; {1}</source>
        <translation>réserve {0:.0f}&#xa0;%&#xa0;; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="290"/>
        <source>median of this site&apos;s own weather</source>
        <translation>médiane de la météo de ce site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="296"/>
        <source>Listening to the {0} controller.</source>
        <translation>À l&apos;écoute du régulateur {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="297"/>
        <source>charge</source>
        <translation>de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="300"/>
        <source>No fresh reading: the planner assumes the battery is draining and plans cautiously.</source>
        <translation>Pas de relevé récent&#xa0;: le planificateur suppose que la batterie se vide et planifie prudemment.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="305"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="306"/>
        <source>stage: {0}</source>
        <translation>phase&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="311"/>
        <source>Last reading {0:%H:%M:%S} UTC from {1}.</source>
        <translation>Dernier relevé {0:%H:%M:%S} UTC depuis {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="326"/>
        <source>Enter the port first (see `heliofab doctor` for the list).</source>
        <translation>Indiquez d&apos;abord le port (voir `heliofab doctor` pour la liste).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="329"/>
        <source>Listening on {0}…</source>
        <translation>Écoute sur {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="335"/>
        <source>Connecting the charge controller</source>
        <translation>Connexion du régulateur de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="354"/>
        <source>Demo: a simulated VE.Direct controller on {0}.</source>
        <translation>Démo&#xa0;: un régulateur VE.Direct simulé sur {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="362"/>
        <source>Storing the reading</source>
        <translation>Enregistrement du relevé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="371"/>
        <source>Stored.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>FailureDialogs</name>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="48"/>
        <source>Heliofab could not start</source>
        <translation>Heliofab n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="55"/>
        <source>No log file could be written: the data folder may be read-only or full.</source>
        <translation>Aucun fichier journal n&apos;a pu être écrit&#xa0;: le dossier de données est peut-être en lecture seule ou plein.</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="57"/>
        <source>The details are in the log:
{0}</source>
        <translation>Les détails sont dans le journal&#xa0;:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="98"/>
        <source>Heliofab: something went wrong</source>
        <translation>Heliofab&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/failure_dialogs.py" line="99"/>
        <source>Something went wrong: {0}</source>
        <translation>Un problème est survenu&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="51"/>
        <source>Set up this lab</source>
        <translation>Configurer ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Skip for now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>e.g. Tamale fab lab</source>
        <translation>p. ex. Fab lab de Tamale</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72"/>
        <source>Costs of prints are shown in it. The town you pick next sets its country&apos;s currency; change it here or on the Settings screen.</source>
        <translation>Les coûts des impressions s&apos;affichent dans cette monnaie. La ville choisie ensuite règle celle de son pays&#xa0;; changez-la ici ou dans l&apos;écran Réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>Language and lab name</source>
        <translation>Langue et nom du labo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>Choose the language of Heliofab&apos;s screens. Other labs see the lab&apos;s name on the catalogues it sends them.</source>
        <translation>Choisissez la langue des écrans de Heliofab. Les autres labos voient le nom du labo sur les catalogues qu&apos;il leur envoie.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Lab name</source>
        <translation>Nom du labo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Type to find a town…</source>
        <translation>Tapez pour trouver une ville…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Where is the lab?</source>
        <translation>Où se trouve le labo&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Pick the nearest town, or type the coordinates. The sun&apos;s path is computed from them.</source>
        <translation>Choisissez la ville la plus proche ou tapez les coordonnées. La course du soleil est calculée à partir d&apos;elles.</translation>
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
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119"/>
        <source>Panels and battery</source>
        <translation>Panneaux et batterie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. The reserve is never used for printing, so the lights still work at night.</source>
        <translation>Additionnez les watts inscrits sur chaque panneau. Les wattheures de la batterie sont les volts × les ampères-heures. La réserve ne sert jamais à imprimer&#xa0;: la lumière fonctionne toujours la nuit.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel power</source>
        <translation>Puissance des panneaux</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Panel tilt</source>
        <translation>Inclinaison des panneaux</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>Panel direction (0 north, 180 south)</source>
        <translation>Orientation des panneaux (0 nord, 180 sud)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery capacity</source>
        <translation>Capacité de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Battery reserve</source>
        <translation>Réserve de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>e.g. /dev/ttyUSB0 or COM3; leave empty to choose later</source>
        <translation>p. ex. /dev/ttyUSB0 ou COM3&#xa0;; laisser vide pour choisir plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="132"/>
        <source>Printing and the queue use the printer on this port; change it on the Settings screen.</source>
        <translation>L&apos;impression et la file utilisent l&apos;imprimante sur ce port&#xa0;; changez-le dans l&apos;écran Réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="136"/>
        <source>Which printer does the lab have? Its size, temperatures and power use come from this choice.</source>
        <translation>Quelle imprimante a le labo&#xa0;? Sa taille, ses températures et sa consommation viennent de ce choix.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>Printer model</source>
        <translation>Modèle d&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>USB port</source>
        <translation>Port USB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191"/>
        <source>Pick the nearest town in the list, or type the lab&apos;s latitude and longitude: 0° / 0° is in the sea.</source>
        <translation>Choisissez la ville la plus proche dans la liste, ou tapez la latitude et la longitude du labo&#xa0;: 0° / 0° est en pleine mer.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="197"/>
        <source>Custom location</source>
        <translation>Autre lieu</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>The printer was not added</source>
        <translation>L&apos;imprimante n&apos;a pas été ajoutée</translation>
    </message>
</context>
<context>
    <name>FitReprinter</name>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="37"/>
        <source>Making fit #{id} again from its saved values…</source>
        <translation>Nouvelle fabrication de l&apos;ajustage n°{id} à partir de ses valeurs enregistrées…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="41"/>
        <source>Fit #{id} again: {style} for {code}</source>
        <translation>Ajustage n°{id} à nouveau&#xa0;: {style} pour {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="51"/>
        <source>The style changed since fit #{id} was saved: check it on the paper template before printing.</source>
        <translation>Le style a changé depuis l&apos;enregistrement de l&apos;ajustage n°{id}&#xa0;: vérifiez-le sur le gabarit papier avant d&apos;imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="55"/>
        <source>Print again</source>
        <translation>Imprimer à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="73"/>
        <source>Queued job #{job} for fit #{id} ({licence}).</source>
        <translation>Travail n°{job} mis en file pour l&apos;ajustage n°{id} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="77"/>
        <source>Queueing the frames</source>
        <translation>Mise en file des montures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="84"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Pas mis en file&#xa0;: décochez «&#xa0;vendues&#xa0;» pour les imprimer comme cadeau.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="86"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/fit_printing.py" line="87"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

L&apos;auteur a-t-il accepté cette vente&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FittingFields</name>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="46"/>
        <source>&apos;{text}&apos; is not a number: type digits like 63.5.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre&#xa0;: tapez des chiffres comme 63,5.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/common.py" line="75"/>
        <source>The photo cannot be decoded: use a PNG or JPEG file.</source>
        <translation>La photo ne peut pas être lue&#xa0;: utilisez un fichier PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>FittingScreen</name>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="54"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clients et ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="63"/>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="65"/>
        <source>Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only.</source>
        <translation>Les clients, leurs mesures (écart pupillaire, largeur de tête) et leurs ajustages enregistrés restent uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="68"/>
        <source>Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card.</source>
        <translation>Appuyez sur Ctrl+N pour ajouter un client, puis mesurez son EP avec une réglette ou une photo avec une carte bancaire.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="76"/>
        <source>&amp;1 Customer</source>
        <translation>&amp;1 Client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="77"/>
        <source>&amp;2 Measure PD</source>
        <translation>&amp;2 Mesurer l&apos;EP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="78"/>
        <source>&amp;3 Suggest sizes</source>
        <translation>&amp;3 Proposer des tailles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="79"/>
        <source>&amp;4 Lens stock</source>
        <translation>&amp;4 Stock de verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="140"/>
        <location filename="../../ui/screens/fitting/screen.py" line="148"/>
        <source>Load customers</source>
        <translation>Chargement des clients</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="158"/>
        <source>Open customer</source>
        <translation>Ouverture du client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="194"/>
        <source>New customer: type a name or a code, then Enter.</source>
        <translation>Nouveau client&#xa0;: tapez un nom ou un code, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="228"/>
        <source>For {customer}: not saved as a fit yet</source>
        <translation>Pour {customer}&#xa0;: pas encore enregistré comme ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="230"/>
        <source>Fit #{id} for {customer} (saved {date})</source>
        <translation>Ajustage n°{id} pour {customer} (enregistré le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="260"/>
        <source>Saved fit #{id} for {code}.</source>
        <translation>Ajustage n°{id} enregistré pour {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/screen.py" line="270"/>
        <source>Save fit</source>
        <translation>Enregistrer l&apos;ajustage</translation>
    </message>
</context>
<context>
    <name>FramePreviewWidget</name>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="82"/>
        <source>Choose a frame style to see it here.</source>
        <translation>Choisissez un style de monture pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="120"/>
        <source>{mm:g} mm ({how})</source>
        <translation>{mm:g} mm ({how})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>actual size</source>
        <translation>taille réelle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="121"/>
        <source>scaled to fit</source>
        <translation>réduit pour tenir</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="13"/>
        <source>Heliofab help</source>
        <translation>Aide de Heliofab</translation>
    </message>
</context>
<context>
    <name>JobTermsEditor</name>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="26"/>
        <source>Higher prints first (-100 to 100).</source>
        <translation>La plus haute s&apos;imprime d&apos;abord (-100 à 100).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="27"/>
        <source>Needed by</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="29"/>
        <source>The planner fits the print in before this time, or says why it can&apos;t.</source>
        <translation>Le planificateur place l&apos;impression avant cette heure, ou dit pourquoi il ne le peut pas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/job_terms.py" line="36"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>JogPad</name>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="40"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home all</source>
        <translation>Origine de tous les axes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="47"/>
        <source>Home every axis (G28)</source>
        <translation>Mettre tous les axes à l&apos;origine (G28)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>⌂ X/Y</source>
        <translation>⌂ X/Y</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="48"/>
        <source>Home X and Y (G28 X Y)</source>
        <translation>Mettre X et Y à l&apos;origine (G28 X Y)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>⌂ Z</source>
        <translation>⌂ Z</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="49"/>
        <source>Home Z (G28 Z)</source>
        <translation>Mettre Z à l&apos;origine (G28 Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="61"/>
        <source>Raise the nozzle (Z up) by the step</source>
        <translation>Monter la buse (Z+) d&apos;un pas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="62"/>
        <source>Lower the nozzle (Z down) by the step</source>
        <translation>Descendre la buse (Z−) d&apos;un pas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="63"/>
        <source>Move {axis} by the step</source>
        <translation>Déplacer {axis} d&apos;un pas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="76"/>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="82"/>
        <source>Move {step} mm per press</source>
        <translation>{step} mm par appui</translation>
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
        <translation>Longueur de filament à pousser ou à retirer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Extrude</source>
        <translation>Extruder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="99"/>
        <source>Push filament through the hot nozzle</source>
        <translation>Pousser le filament dans la buse chaude</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Retract</source>
        <translation>Rétracter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="100"/>
        <source>Pull filament back out of the hot nozzle</source>
        <translation>Retirer le filament de la buse chaude</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/jog_pad.py" line="103"/>
        <source>Filament</source>
        <translation>Filament</translation>
    </message>
</context>
<context>
    <name>KeyPassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="25"/>
        <source>Protect the lab&apos;s signing key</source>
        <translation>Protéger la clé de signature du labo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="30"/>
        <source>The backup can carry this lab&apos;s signing key, which other labs use to trust your catalogues. Choose a passphrase to encrypt it: restoring the backup will ask for it.</source>
        <translation>La sauvegarde peut contenir la clé de signature de ce labo, grâce à laquelle les autres labos font confiance à vos catalogues. Choisissez une phrase secrète pour la chiffrer&#xa0;: elle sera demandée pour restaurer la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="42"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="43"/>
        <source>Type it again:</source>
        <translation>Retapez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="46"/>
        <source>Leave the signing key out of the backup (move it by hand later)</source>
        <translation>Sauvegarder sans la clé de signature (la déplacer à la main plus tard)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="55"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="82"/>
        <source>Use at least {count} characters.</source>
        <translation>Utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/key_passphrase_dialog.py" line="84"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>LayerPreview</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="71"/>
        <source>Slice to see the layers here.</source>
        <translation>Découpez pour voir les couches ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clients et ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Customizer</source>
        <translation>Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Print Queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Lab report</source>
        <translation>Bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Settings</source>
        <translation>Réglages</translation>
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
        <translation>Aide (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Printer: not connected</source>
        <translation>Imprimante&#xa0;: non connectée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Battery: no reading</source>
        <translation>Batterie&#xa0;: aucun relevé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Saved for the next start: this window keeps its language because Heliofab was started with --language (or HELIOFAB_LANG).</source>
        <translation>Enregistré pour le prochain démarrage&#xa0;: cette fenêtre garde sa langue car Heliofab a été lancé avec --language (ou HELIOFAB_LANG).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The other screens change language when Heliofab is started again.</source>
        <translation>Les autres écrans changent de langue au prochain démarrage de Heliofab.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Printer: printing {job} {pct:.0f} %</source>
        <translation>Imprimante&#xa0;: impression de {job} {pct:.0f}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Printer: {state}</source>
        <translation>Imprimante&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source> (+{n} more)</source>
        <translation> (+{n} autres)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>, sun {w:.0f} W</source>
        <translation>, soleil {w:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source> (old reading)</source>
        <translation> (relevé ancien)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Battery: {soc:.0f} %{pv}{stale}</source>
        <translation>Batterie&#xa0;: {soc:.0f}&#xa0;%{pv}{stale}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>A print is running</source>
        <translation>Une impression est en cours</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>A print is running on {ports}. Quitting stops it.</source>
        <translation>Une impression est en cours sur {ports}. Quitter l&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Keep printing leaves Heliofab open so the print goes on. Stop the print lets the moves already sent finish, moves the nozzle off the part, switches the heaters off, then quits.</source>
        <translation>Continuer l&apos;impression laisse Heliofab ouvert et l&apos;impression se poursuit. Arrêter l&apos;impression laisse finir les mouvements déjà envoyés, écarte la buse de la pièce, éteint les chauffes, puis quitte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Keep printing</source>
        <translation>Continuer l&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Stop the print and quit</source>
        <translation>Arrêter l&apos;impression et quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Stopping the print: parking and switching the heaters off…</source>
        <translation>Arrêt de l&apos;impression&#xa0;: la buse s&apos;écarte, les chauffes s&apos;éteignent…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Stopping the print</source>
        <translation>Arrêt de l&apos;impression</translation>
    </message>
</context>
<context>
    <name>MaterialProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="70"/>
        <source>Hotend</source>
        <translation>Buse</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="71"/>
        <source>Hotend, first layer</source>
        <translation>Buse, 1re couche</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="72"/>
        <source>Bed</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="73"/>
        <source>Bed, first layer</source>
        <translation>Plateau, 1re couche</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="74"/>
        <source>Part fan</source>
        <translation>Ventilateur de pièce</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="75"/>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="76"/>
        <source>Price per kg</source>
        <translation>Prix au kg</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="188"/>
        <source>Material: {0}</source>
        <translation>Matériau&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="193"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="219"/>
        <source>Saving material</source>
        <translation>Enregistrement du matériau</translation>
    </message>
</context>
<context>
    <name>MeasureTab</name>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="25"/>
        <source>Ruler and face measures</source>
        <translation>Réglette et mesures du visage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="27"/>
        <source>e.g. 63</source>
        <translation>p. ex. 63</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="28"/>
        <source>from far</source>
        <translation>de loin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="29"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="30"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="31"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="32"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="33"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="34"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="35"/>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="36"/>
        <source>D, optional</source>
        <translation>D, facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="38"/>
        <source>&amp;Far PD (mm)</source>
        <translation>EP de &amp;loin (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="39"/>
        <source>Near PD (mm)</source>
        <translation>EP de près (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="40"/>
        <source>Right eye PD (mm)</source>
        <translation>EP œil droit (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="41"/>
        <source>Left eye PD (mm)</source>
        <translation>EP œil gauche (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="42"/>
        <source>&amp;Head width (mm)</source>
        <translation>Largeur de &amp;tête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="43"/>
        <source>Front to bend (mm)</source>
        <translation>Face jusqu&apos;au pli (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="44"/>
        <source>Nose width 10 mm below crest (mm)</source>
        <translation>Largeur du nez 10 mm sous l&apos;arête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="45"/>
        <source>Nose width 15 mm below crest (mm)</source>
        <translation>Largeur du nez 15 mm sous l&apos;arête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="46"/>
        <source>Right lens power (D)</source>
        <translation>Puissance verre droit (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="47"/>
        <source>Left lens power (D)</source>
        <translation>Puissance verre gauche (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="52"/>
        <source>Save measurement (Enter)</source>
        <translation>Enregistrer la mesure (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="84"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Enregistrez d&apos;abord le client (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="114"/>
        <source>Measurement saved.</source>
        <translation>Mesure enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/measure_tab.py" line="118"/>
        <source>Save measurement</source>
        <translation>Enregistrer la mesure</translation>
    </message>
</context>
<context>
    <name>PhotoClickView</name>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="89"/>
        <source>card 1</source>
        <translation>carte 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="90"/>
        <source>card 2</source>
        <translation>carte 2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="91"/>
        <source>card 3</source>
        <translation>carte 3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="92"/>
        <source>card 4</source>
        <translation>carte 4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="93"/>
        <source>pupil (image left)</source>
        <translation>pupille (gauche de l&apos;image)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="94"/>
        <source>pupil (image right)</source>
        <translation>pupille (droite de l&apos;image)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="95"/>
        <source>nose</source>
        <translation>nez</translation>
    </message>
</context>
<context>
    <name>PhotoPdPanel</name>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="47"/>
        <source>PD from a photo with a bank card</source>
        <translation>EP d&apos;après une photo avec une carte bancaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="54"/>
        <source>Open photo…</source>
        <translation>Ouvrir une photo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="60"/>
        <source> cm to camera</source>
        <translation> cm de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="61"/>
        <source>Mirror image</source>
        <translation>Image miroir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="62"/>
        <source>Add reading</source>
        <translation>Ajouter la mesure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="64"/>
        <source>Clear points</source>
        <translation>Effacer les points</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="70"/>
        <source>Zoom out (− key or mouse wheel)</source>
        <translation>Dézoomer (touche − ou molette)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="72"/>
        <source>Zoom in (+ key or mouse wheel)</source>
        <translation>Zoomer (touche + ou molette)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="73"/>
        <source>Fit</source>
        <translation>Photo entière</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="74"/>
        <source>Show the whole photo (0 key)</source>
        <translation>Afficher toute la photo (touche 0)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="94"/>
        <source>Mouse wheel or + −: zoom where the cursor is. Middle button or Shift+drag: move the photo. Drag a point to adjust it, right-click it to remove it.</source>
        <translation>Molette ou + −&#xa0;: zoomer là où est le curseur. Bouton du milieu ou Maj+glisser&#xa0;: déplacer la photo. Glissez un point pour l&apos;ajuster, clic droit pour le retirer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="104"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="229"/>
        <source>No readings yet: up to three photos are averaged.</source>
        <translation>Pas encore de mesure&#xa0;: jusqu&apos;à trois photos sont moyennées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="111"/>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="247"/>
        <source>Save photo PD</source>
        <translation>Enregistrer l&apos;EP photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="113"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Open a photo with a bank card</source>
        <translation>Ouvrir une photo avec une carte bancaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="127"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Photos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="143"/>
        <source>Open photo</source>
        <translation>Ouvrir une photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="146"/>
        <source>Open a photo taken from about 1 m, card flat on the brow, long edge level.</source>
        <translation>Ouvrez une photo prise à environ 1 m, carte à plat sur le front, grand côté à l&apos;horizontale.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="162"/>
        <source>Click the card&apos;s top-left corner.</source>
        <translation>Cliquez sur le coin haut gauche de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="163"/>
        <source>Click the card&apos;s top-right corner.</source>
        <translation>Cliquez sur le coin haut droit de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="164"/>
        <source>Click the card&apos;s bottom-right corner.</source>
        <translation>Cliquez sur le coin bas droit de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="165"/>
        <source>Click the card&apos;s bottom-left corner.</source>
        <translation>Cliquez sur le coin bas gauche de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="166"/>
        <source>Click the pupil on the image&apos;s left (the customer&apos;s right eye).</source>
        <translation>Cliquez sur la pupille à gauche de l&apos;image (l&apos;œil droit du client).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="167"/>
        <source>Click the pupil on the image&apos;s right (the customer&apos;s left eye).</source>
        <translation>Cliquez sur la pupille à droite de l&apos;image (l&apos;œil gauche du client).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="168"/>
        <source>Optional: click the bridge of the nose for true monocular PDs, or Add reading.</source>
        <translation>Facultatif&#xa0;: cliquez sur l&apos;arête du nez pour de vrais demi-écarts, ou sur Ajouter la mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="158"/>
        <source>All points placed: drag to adjust, then Add reading.</source>
        <translation>Tous les points sont placés&#xa0;: faites-les glisser pour ajuster, puis Ajouter la mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="205"/>
        <source>Reading {n} added: open the next photo, or save.</source>
        <translation>Mesure {n} ajoutée&#xa0;: ouvrez la photo suivante, ou enregistrez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="209"/>
        <source>{n} reading(s), spread {spread:.1f} mm</source>
        <translation>{n} mesure(s), écart {spread:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="210"/>
        <source>Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>EP de loin {far:.1f} mm (droit {r:.1f} / gauche {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="213"/>
        <source>Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>EP de près {near:.1f} mm (droit {r:.1f} / gauche {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="219"/>
        <source>Monocular PDs are halves: click the nose bridge to measure them.</source>
        <translation>Les demi-écarts sont des moitiés&#xa0;: cliquez sur l&apos;arête du nez pour les mesurer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="233"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Enregistrez d&apos;abord le client (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/photo_pd.py" line="243"/>
        <source>Photo PD saved.</source>
        <translation>EP photo enregistré.</translation>
    </message>
</context>
<context>
    <name>PrintFaults</name>
    <message>
        <location filename="../../ui/print_faults.py" line="16"/>
        <source>Paused, parked, heaters off: the disk of the data folder is full, so the print&apos;s progress can&apos;t be saved. Free some space on it, then press Resume.</source>
        <translation>En pause, buse écartée, chauffes éteintes&#xa0;: le disque du dossier de données est plein, la progression de l&apos;impression ne peut pas être enregistrée. Libérez de la place, puis appuyez sur Reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="22"/>
        <source>Paused, parked, heaters off: another program holds Heliofab&apos;s database locked, so the print&apos;s progress can&apos;t be saved. Close that program (a second Heliofab, a backup tool), then press Resume.</source>
        <translation>En pause, buse écartée, chauffes éteintes&#xa0;: un autre programme verrouille la base de données de Heliofab, la progression ne peut pas être enregistrée. Fermez ce programme (un second Heliofab, un outil de sauvegarde), puis appuyez sur Reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="28"/>
        <source>Paused, parked, heaters off: the disk of the data folder refused to write (a pulled stick, a failing or read-only disk), so the print&apos;s progress can&apos;t be saved. Check the disk, then press Resume.</source>
        <translation>En pause, buse écartée, chauffes éteintes&#xa0;: le disque du dossier de données refuse l&apos;écriture (clé retirée, disque défaillant ou en lecture seule), la progression ne peut pas être enregistrée. Vérifiez le disque, puis appuyez sur Reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/print_faults.py" line="33"/>
        <source>Paused, parked, heaters off: {reason}. Press Resume when it is fixed.</source>
        <translation>En pause, buse écartée, chauffes éteintes&#xa0;: {reason}. Appuyez sur Reprendre une fois le problème réglé.</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="33"/>
        <source>Bed width</source>
        <translation>Largeur du plateau</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="34"/>
        <source>Bed depth</source>
        <translation>Profondeur du plateau</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="35"/>
        <source>Build height</source>
        <translation>Hauteur d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="36"/>
        <source>Nozzle</source>
        <translation>Diamètre de buse</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="37"/>
        <source>Filament</source>
        <translation>Filament</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="38"/>
        <source>Max hotend</source>
        <translation>Buse max.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="39"/>
        <source>Max bed</source>
        <translation>Plateau max.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="40"/>
        <source>Standard layer</source>
        <translation>Couche standard</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="41"/>
        <source>Reaches X down to</source>
        <translation>X descend jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="42"/>
        <source>Reaches Y down to</source>
        <translation>Y descend jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="45"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="46"/>
        <source>Outer perimeter</source>
        <translation>Périmètre extérieur</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="47"/>
        <source>Infill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="48"/>
        <source>Solid infill</source>
        <translation>Remplissage plein</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="49"/>
        <source>First layer</source>
        <translation>Première couche</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="50"/>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="51"/>
        <source>Retraction</source>
        <translation>Rétraction</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="52"/>
        <source>Retraction speed</source>
        <translation>Vitesse de rétraction</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="55"/>
        <source>Print acceleration</source>
        <translation>Accélération d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="56"/>
        <source>Travel acceleration</source>
        <translation>Accélération de déplacement</translation>
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
        <translation>Au repos</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="62"/>
        <source>Hotend heating</source>
        <translation>Chauffe de la buse</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="63"/>
        <source>Bed heating</source>
        <translation>Chauffe du plateau</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="64"/>
        <source>Printing, bed on</source>
        <translation>Impression, plateau chauffé</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="65"/>
        <source>Printing, bed off</source>
        <translation>Impression, plateau éteint</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="66"/>
        <source>Hotend heats at</source>
        <translation>La buse chauffe à</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="67"/>
        <source>Bed heats at</source>
        <translation>Le plateau chauffe à</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="87"/>
        <source>Printer profile: {0}</source>
        <translation>Profil d&apos;imprimante&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="90"/>
        <source>Heated bed</source>
        <translation>Plateau chauffant</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="97"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="98"/>
        <source>Speeds</source>
        <translation>Vitesses</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="99"/>
        <source>Motion limits</source>
        <translation>Limites de mouvement</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="100"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="104"/>
        <source>Start G-code</source>
        <translation>G-code de début</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="105"/>
        <source>End G-code</source>
        <translation>G-code de fin</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="106"/>
        <source>G-code</source>
        <translation>G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="111"/>
        <source>Shipped values</source>
        <translation>Valeurs d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="151"/>
        <source>Saving profile</source>
        <translation>Enregistrement du profil</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="163"/>
        <source>Resetting profile</source>
        <translation>Réinitialisation du profil</translation>
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
        <translation>Masquer les températures</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="60"/>
        <source>Also hides the printer&apos;s &quot;wait&quot; and &quot;busy: processing&quot; lines and the M105 polls.</source>
        <translation>Masque aussi les lignes «&#xa0;wait&#xa0;» et «&#xa0;busy: processing&#xa0;» de l&apos;imprimante et les demandes M105.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="65"/>
        <source>G-code, e.g. M114</source>
        <translation>G-code, p. ex. M114</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="66"/>
        <source>Enter sends the command; the up and down arrows bring back earlier ones.</source>
        <translation>Entrée envoie la commande&#xa0;; les flèches haut et bas rappellent les précédentes.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_terminal.py" line="69"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <location filename="../../ui/screens/printers.py" line="65"/>
        <location filename="../../ui/screens/printers.py" line="593"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="80"/>
        <source>No printer connected</source>
        <translation>Aucune imprimante connectée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="81"/>
        <source>Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss.</source>
        <translation>Les imprimantes en USB sont pilotées directement depuis cet ordinateur, avec reprise après un câble débranché ou une coupure de courant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="83"/>
        <source>Plug a printer in, pick its port above and press Connect, or start the simulated printer to try things out.</source>
        <translation>Branchez une imprimante, choisissez son port ci-dessus et appuyez sur Connecter, ou lancez l&apos;imprimante simulée pour faire des essais.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="111"/>
        <source>Press Rescan ports, or type a port</source>
        <translation>Appuyez sur Rechercher les ports, ou tapez un port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="112"/>
        <source>Show all ports</source>
        <translation>Tous les ports</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="113"/>
        <source>Also list serial ports with no device behind them, such as the computer&apos;s own /dev/ttyS0 or COM1.</source>
        <translation>Lister aussi les ports série sans appareil branché, comme le /dev/ttyS0 ou le COM1 de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="118"/>
        <source>Rescan ports</source>
        <translation>Rechercher les ports</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="119"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="121"/>
        <source>Close the connection to the printer shown below</source>
        <translation>Fermer la connexion à l&apos;imprimante affichée dessous</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="122"/>
        <source>Start simulated printer</source>
        <translation>Lancer l&apos;imprimante simulée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="127"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Port</source>
        <translation>Port</translation>
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
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>hotend</source>
        <translation>buse</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>bed</source>
        <translation>plateau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="196"/>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="199"/>
        <source>No job running.</source>
        <translation>Aucun travail en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="206"/>
        <source>Print file…</source>
        <translation>Imprimer un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="207"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="208"/>
        <source>Pause at next layer</source>
        <translation>Pause à la couche suivante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="209"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="211"/>
        <source>Emergency stop</source>
        <translation>Arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="120"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="242"/>
        <source>Interrupted jobs</source>
        <translation>Travaux interrompus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Stopped at line</source>
        <translation>Ligne d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="250"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="259"/>
        <source>Resume on its printer</source>
        <translation>Reprendre sur son imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="274"/>
        <source>serial port</source>
        <translation>port série</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="275"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="275"/>
        <source>virtual</source>
        <translation>virtuel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="276"/>
        <source>simulated</source>
        <translation>simulée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>USB serial device</source>
        <translation>Appareil série USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="277"/>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="278"/>
        <source>Bluetooth serial port</source>
        <translation>Port série Bluetooth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="279"/>
        <source>Virtual serial port</source>
        <translation>Port série virtuel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="280"/>
        <source>Network serial port</source>
        <translation>Port série réseau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="281"/>
        <source>Simulated printer</source>
        <translation>Imprimante simulée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="317"/>
        <source>{name}: {state}</source>
        <translation>{name}&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="353"/>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="385"/>
        <source>A job is printing: pause it to move the head, load filament or send commands.</source>
        <translation>Un travail est en cours d&apos;impression&#xa0;: mettez-le en pause pour déplacer la tête, charger du filament ou envoyer des commandes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="386"/>
        <source>The printer is {state}: reconnect it to control it by hand.</source>
        <translation>L&apos;imprimante est {state}&#xa0;: reconnectez-la pour la piloter à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="422"/>
        <source>Looking for printers</source>
        <translation>Recherche des imprimantes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="449"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="450"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="451"/>
        <source>USB id</source>
        <translation>Identifiant USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>Reading material profiles</source>
        <translation>Lecture des profils de matériaux</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="524"/>
        <source>The hotend has not reported its temperature yet: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>La buse n&apos;a pas encore indiqué sa température&#xa0;: chauffez-la à au moins {min} °C avant d&apos;extruder ou de rétracter (Marlin refuse de pousser du filament dans une buse froide).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="527"/>
        <source>The hotend is at {now} °C: heat it to at least {min} °C before extruding or retracting (Marlin refuses to move filament through a cold nozzle).</source>
        <translation>La buse est à {now} °C&#xa0;: chauffez-la à au moins {min} °C avant d&apos;extruder ou de rétracter (Marlin refuse de pousser du filament dans une buse froide).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="574"/>
        <source>Pick the interrupted job to resume first.</source>
        <translation>Choisissez d&apos;abord le travail interrompu à reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="260"/>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="333"/>
        <source>{port}: {state} — {firmware}. {message}</source>
        <translation>{port}&#xa0;: {state} — {firmware}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="335"/>
        <source>unknown firmware</source>
        <translation>firmware inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="346"/>
        <source>The printer asks: {text}</source>
        <translation>L&apos;imprimante demande&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="347"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="351"/>
        <source>Job {id}: {name}</source>
        <translation>Travail {id}&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="355"/>
        <source>Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left</source>
        <translation>Ligne {line} sur {total} · couche {layer} · {elapsed} écoulé · {left} restant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="361"/>
        <source>No job running. Print a checked G-code file, or dispatch one from the queue.</source>
        <translation>Aucun travail en cours. Imprimez un fichier G-code vérifié, ou envoyez-en un depuis la file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="392"/>
        <source>Reading interrupted jobs</source>
        <translation>Lecture des travaux interrompus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="400"/>
        <source>{z:.2f} mm (layer {layer})</source>
        <translation>{z:.2f} mm (couche {layer})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="402"/>
        <source>{port} (not plugged in)</source>
        <translation>{port} (non branché)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="407"/>
        <source>A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last confirmed line.</source>
        <translation>Un travail arrêté par un câble débranché, une réinitialisation de l&apos;imprimante, un plantage ou une coupure de courant peut reprendre à sa dernière ligne confirmée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="481"/>
        <source>Pick a port first (plug the printer in and press Rescan ports).</source>
        <translation>Choisissez d&apos;abord un port (branchez l&apos;imprimante et appuyez sur Rechercher les ports).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="488"/>
        <source>Connecting to {port}</source>
        <translation>Connexion à {port}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="502"/>
        <source>Disconnecting</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="549"/>
        <source>Print G-code</source>
        <translation>Imprimer du G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="549"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="558"/>
        <source>Checking and starting {name}</source>
        <translation>Vérification et lancement de {name}</translation>
    </message>
</context>
<context>
    <name>QueueFileDialog</name>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="23"/>
        <source>Queue a G-code file</source>
        <translation>Mettre un fichier G-code en file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="27"/>
        <source>Which printer was {file} sliced for? It is checked for that printer before it is queued.</source>
        <translation>Pour quelle imprimante {file} a-t-il été découpé&#xa0;? Il est vérifié pour cette imprimante avant d&apos;être mis en file.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="34"/>
        <source>{name} (a printer of this lab)</source>
        <translation>{name} (une imprimante de ce labo)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/queue_file_dialog.py" line="53"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Cette échéance est passée&#xa0;: choisissez-en une plus tardive, ou décochez «&#xa0;Pour le&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="240"/>
        <source>Print Queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="242"/>
        <source>The queue is empty</source>
        <translation>La file est vide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="243"/>
        <source>Print jobs wait here; each is planned for when the sun and the battery can pay for it.</source>
        <translation>Les travaux d&apos;impression attendent ici&#xa0;; chacun est planifié pour le moment où le soleil et la batterie peuvent le payer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="244"/>
        <source>Slice a customized frame or a catalogue design to add a job.</source>
        <translation>Découpez une monture personnalisée ou un modèle du catalogue pour ajouter un travail.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="250"/>
        <source>Add a sliced G-code file…</source>
        <translation>Ajouter un fichier G-code découpé…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="263"/>
        <source>Re-plan now</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>2 days</source>
        <translation>2 jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="266"/>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="267"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="273"/>
        <source>Add G-code…</source>
        <translation>Ajouter du G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="275"/>
        <source>Start and pause prints by themselves</source>
        <translation>Lancer et mettre en pause tout seul</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="277"/>
        <source>Starts planned prints on connected printers and pauses them safely when the battery runs low.</source>
        <translation>Lance les impressions planifiées sur les imprimantes connectées et les met en pause sans risque quand la batterie faiblit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="296"/>
        <source>Order (drag to reorder; first prints first)</source>
        <translation>Ordre (glisser pour réordonner&#xa0;; le premier s&apos;imprime en premier)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="353"/>
        <source>Apply and re-plan</source>
        <translation>Appliquer et replanifier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="355"/>
        <source>Give the chosen waiting job this priority and needed-by time, then plan the queue again.</source>
        <translation>Donner au travail en attente choisi cette priorité et cette échéance, puis replanifier la file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="358"/>
        <source>Remove from the queue…</source>
        <translation>Retirer de la file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="363"/>
        <source>Let the planner choose again (unpin)</source>
        <translation>Laisser le planificateur rechoisir (désépingler)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="368"/>
        <source>Connected printers (connect one in the Printers area).</source>
        <translation>Imprimantes connectées (connectez-en une depuis l&apos;écran Imprimantes).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="371"/>
        <source>Print now…</source>
        <translation>Imprimer maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="373"/>
        <source>Start the chosen job now on the chosen printer, whatever the plan says.</source>
        <translation>Lance tout de suite le travail choisi sur l&apos;imprimante choisie, quel que soit le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="553"/>
        <source>That needed-by time has passed: choose a later one, or untick Needed by.</source>
        <translation>Cette échéance est passée&#xa0;: choisissez-en une plus tardive, ou décochez «&#xa0;Pour le&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="559"/>
        <source>Changing the job&apos;s priority and deadline</source>
        <translation>Modification de la priorité et de l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="570"/>
        <source>Removing the job</source>
        <translation>Retrait du travail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="572"/>
        <source>Remove from the queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="573"/>
        <source>Take job #{id} {name} out of the queue? It will not be printed; queue its file again to print it later.</source>
        <translation>Retirer le travail n°{id} {name} de la file&#xa0;? Il ne sera pas imprimé&#xa0;; remettez son fichier dans la file pour l&apos;imprimer plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="600"/>
        <source>Looking for printers</source>
        <translation>Recherche des imprimantes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="617"/>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="315"/>
        <source>No printer is printing.</source>
        <translation>Aucune imprimante n&apos;imprime.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="370"/>
        <source>No printer connected</source>
        <translation>Aucune imprimante connectée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="387"/>
        <source>Planning the print queue</source>
        <translation>Planification de la file d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="393"/>
        <source>Reading interrupted jobs</source>
        <translation>Lecture des travaux interrompus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="409"/>
        <source>Interrupted prints (they go on from their last confirmed line)</source>
        <translation>Impressions interrompues (elles reprennent à leur dernière ligne confirmée)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="415"/>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="417"/>
        <source>Resume the chosen print on the printer it was printing on.</source>
        <translation>Reprend l&apos;impression choisie sur l&apos;imprimante qui l&apos;imprimait.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="427"/>
        <source>, height {z:.2f} mm</source>
        <translation>, hauteur {z:.2f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="428"/>
        <source>{port}, not plugged in now</source>
        <translation>{port}, débranché pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="429"/>
        <source>#{id} {name}: interrupted at line {line} of {total}, layer {layer}{where} (on {port})</source>
        <translation>N°{id} {name}&#xa0;: arrêt à la ligne {line} sur {total}, couche {layer}{where} (sur {port})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="454"/>
        <source>interrupted at line {line} of {total}: resume it below</source>
        <translation>interrompu à la ligne {line} sur {total}&#xa0;: reprenez-le plus bas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="461"/>
        <source>Choose the interrupted print to resume first.</source>
        <translation>Choisissez d&apos;abord l&apos;impression interrompue à reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="464"/>
        <source>Resuming job #{id}…</source>
        <translation>Reprise du travail n°{id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="486"/>
        <source>{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.</source>
        <translation>{0} planifiés, {1} en attente. Batterie au plus bas {2:.0f}&#xa0;% (réserve {3:.0f}&#xa0;%)&#xa0;; {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="502"/>
        <source>printing now</source>
        <translation>en cours d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="504"/>
        <source>starts {time}</source>
        <translation>démarre {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="506"/>
        <source>not planned yet</source>
        <translation>pas encore planifié</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="527"/>
        <source>Why then: {reason}</source>
        <translation>Pourquoi à ce moment-là&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="630"/>
        <source>Choose a job and a connected printer first.</source>
        <translation>Choisissez d&apos;abord un travail et une imprimante connectée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="635"/>
        <source>Working out what printing now costs</source>
        <translation>Calcul de ce que coûte l&apos;impression immédiate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="640"/>
        <source>What printing now does to the battery could not be worked out: {reason}</source>
        <translation>L&apos;effet d&apos;une impression immédiate sur la batterie n&apos;a pas pu être calculé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="650"/>
        <source>Printing now would take the battery down to {low:.0f} % against your {reserve:.0f} % reserve, around {time}.</source>
        <translation>Imprimer maintenant ferait descendre la batterie à {low:.0f}&#xa0;% pour une réserve de {reserve:.0f}&#xa0;%, vers {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="653"/>
        <source>Without it, the lab&apos;s other loads would take it to {without:.0f} % anyway.</source>
        <translation>Sans elle, les autres consommations du labo la feraient de toute façon descendre à {without:.0f}&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="656"/>
        <source>Printing now keeps the battery above your {reserve:.0f} % reserve: at its lowest about {low:.0f} %, around {time}.</source>
        <translation>Imprimer maintenant garde la batterie au-dessus de votre réserve de {reserve:.0f}&#xa0;%&#xa0;: au plus bas environ {low:.0f}&#xa0;%, vers {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="667"/>
        <source>tomorrow {time}</source>
        <translation>demain {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="673"/>
        <source>{cost}

Start job #{job} {name} now on {printer}? Check that the bed is clear and the filament loaded.</source>
        <translation>{cost}

Lancer le travail n°{job} {name} maintenant sur {printer}&#xa0;? Vérifiez que le plateau est dégagé et le filament chargé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="677"/>
        <source>Print now</source>
        <translation>Imprimer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="684"/>
        <source>Starting job #{job} on {port}…</source>
        <translation>Lancement du travail n°{job} sur {port}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="693"/>
        <source>Starting the print</source>
        <translation>Lancement de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="701"/>
        <source>Job #{job} finished: {outcome}. {message}</source>
        <translation>Travail n°{job} terminé&#xa0;: {outcome}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="711"/>
        <source>, about {min:.0f} min left</source>
        <translation>, environ {min:.0f} min restantes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="713"/>
        <source>#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}</source>
        <translation>N°{job} {name} sur {port}&#xa0;: {pct:.0f}&#xa0;%, couche {layer}{remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="722"/>
        <source>Print ended. {results}</source>
        <translation>Impression terminée. {results}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="745"/>
        <source>Reordering</source>
        <translation>Réordonnancement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="751"/>
        <source>Pinning</source>
        <translation>Épinglage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="759"/>
        <source>Unpinning</source>
        <translation>Désépinglage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="764"/>
        <source>Queue a G-code file</source>
        <translation>Mettre un fichier G-code en file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="765"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="771"/>
        <source>Reading the printer profiles</source>
        <translation>Lecture des profils d&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="796"/>
        <source>Checking and analysing the G-code</source>
        <translation>Vérification et analyse du G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="813"/>
        <source>Prints start on their own at their planned time on connected printers.</source>
        <translation>Les impressions démarrent seules à l&apos;heure prévue sur les imprimantes connectées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="838"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../ui/screens/report.py" line="34"/>
        <source>Lab report</source>
        <translation>Bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="39"/>
        <source>No finished prints yet</source>
        <translation>Pas encore d&apos;impression terminée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="40"/>
        <source>The report shows what the lab made each month and for each customer: filament, printing minutes, energy from the sun and from the battery, and material cost per item.</source>
        <translation>Le bilan montre ce que le labo a fabriqué chaque mois et pour chaque client&#xa0;: filament, minutes d&apos;impression, énergie venant du soleil et de la batterie, et coût matière par pièce.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="42"/>
        <source>It fills in by itself as print jobs complete.</source>
        <translation>Il se remplit tout seul à mesure que les travaux d&apos;impression se terminent.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="113"/>
        <source>Energy (Wh)</source>
        <translation>Énergie (Wh)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="114"/>
        <source>Energy per month: sun (yellow) and battery (grey)</source>
        <translation>Énergie par mois&#xa0;: soleil (jaune) et batterie (gris)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="53"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="54"/>
        <source>Per customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="61"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="75"/>
        <source>Building the lab report</source>
        <translation>Préparation du bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Period or customer</source>
        <translation>Période ou client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Made</source>
        <translation>Fabriqués</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Failed</source>
        <translation>Ratés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="93"/>
        <source>Filament (g)</source>
        <translation>Filament (g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from sun</source>
        <translation>Wh du soleil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Wh from battery</source>
        <translation>Wh de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="94"/>
        <source>Cost per item</source>
        <translation>Coût par pièce</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="122"/>
        <source>Export the lab report</source>
        <translation>Exporter le bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="130"/>
        <source>Writing the lab report</source>
        <translation>Écriture du bilan du labo</translation>
    </message>
</context>
<context>
    <name>ResumeFlow</name>
    <message>
        <location filename="../../ui/resume_flow.py" line="65"/>
        <source>Looking for printer ports</source>
        <translation>Recherche des ports d&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="75"/>
        <source>Job {id} printed on {port}, which is not plugged in now, and no other port is there: plug the printer in, then press Resume again.</source>
        <translation>Le travail {id} s&apos;imprimait sur {port}, qui n&apos;est pas branché, et aucun autre port n&apos;est présent&#xa0;: branchez l&apos;imprimante, puis appuyez de nouveau sur Reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="77"/>
        <location filename="../../ui/resume_flow.py" line="85"/>
        <source>an unknown port</source>
        <translation>un port inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="81"/>
        <location filename="../../ui/resume_flow.py" line="132"/>
        <source>Resume job {id}</source>
        <translation>Reprendre le travail {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="83"/>
        <source>Job {id} printed on {port}, which is not plugged in now. Choose the port its printer is on now (or plug it back in and press Resume again):</source>
        <translation>Le travail {id} s&apos;imprimait sur {port}, qui n&apos;est pas branché. Choisissez le port où se trouve maintenant son imprimante (ou rebranchez-la et appuyez de nouveau sur Reprendre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="91"/>
        <source>Job {id} was not resumed: it stays interrupted.</source>
        <translation>Le travail {id} n&apos;a pas été repris&#xa0;: il reste interrompu.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="101"/>
        <source>Resuming job {id}</source>
        <translation>Reprise du travail {id}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="103"/>
        <source>Job {id} resumed on {port}.</source>
        <translation>Travail {id} repris sur {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="134"/>
        <source>The printer on {port} restarted and no longer knows where its nozzle is. To resume job {id} it will heat up, home X and Y, and come back down to {z:.2f} mm (layer {layer}).</source>
        <translation>L&apos;imprimante sur {port} a redémarré et ne sait plus où est sa buse. Pour reprendre le travail {id}, elle va chauffer, prendre l&apos;origine en X et Y, puis redescendre à {z:.2f} mm (couche {layer}).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="138"/>
        <source>Is the part still on the bed, where it was printed, and is the nozzle&apos;s way clear of anything (tools, fallen filament, hands)?</source>
        <translation>La pièce est-elle toujours sur le plateau, à l&apos;endroit où elle a été imprimée, et le chemin de la buse est-il libre (outils, filament tombé, mains)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="141"/>
        <source>The part is in place: resume</source>
        <translation>La pièce est en place&#xa0;: reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="142"/>
        <source>Don&apos;t resume</source>
        <translation>Ne pas reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="161"/>
        <source>Job {id} was not resumed: it stays interrupted. Resume it once the part is on the bed and the way is clear.</source>
        <translation>Le travail {id} n&apos;a pas été repris&#xa0;: il reste interrompu. Reprenez-le quand la pièce est sur le plateau et le chemin libre.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="166"/>
        <source>Heliofab could not open {port} to resume job {id}: check the cable and that no other program uses the port, then press Resume again.</source>
        <translation>Heliofab n&apos;a pas pu ouvrir {port} pour reprendre le travail {id}&#xa0;: vérifiez le câble et qu&apos;aucun autre programme n&apos;utilise le port, puis appuyez de nouveau sur Reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="171"/>
        <source>No printer answered on {port}: check that it is switched on and that this is its port, then press Resume again.</source>
        <translation>Aucune imprimante n&apos;a répondu sur {port}&#xa0;: vérifiez qu&apos;elle est allumée et que c&apos;est bien son port, puis appuyez de nouveau sur Reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="176"/>
        <source>Job {id} can&apos;t be resumed now: it is no longer interrupted (it was resumed or abandoned meanwhile).</source>
        <translation>Le travail {id} ne peut pas être repris&#xa0;: il n&apos;est plus interrompu (repris ou abandonné entre-temps).</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="180"/>
        <source>The G-code of job {id} is missing or changed in the data folder, so nothing was sent: queue the file again.</source>
        <translation>Le G-code du travail {id} manque ou a changé dans le dossier de données, rien n&apos;a été envoyé&#xa0;: remettez le fichier en file.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="185"/>
        <source>The printer on {port} is busy with another job: wait for it to end, then resume job {id}.</source>
        <translation>L&apos;imprimante sur {port} est occupée par un autre travail&#xa0;: attendez qu&apos;il se termine, puis reprenez le travail {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="188"/>
        <source>Job {id} can&apos;t be resumed on {port}: {reason}</source>
        <translation>Le travail {id} ne peut pas être repris sur {port}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/resume_flow.py" line="189"/>
        <source>Job {id} could not be resumed: {reason}</source>
        <translation>Le travail {id} n&apos;a pas pu être repris&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ScadCustomizerPanel</name>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="67"/>
        <source>Frame styles</source>
        <translation>Styles de montures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="68"/>
        <source>Reset to the design&apos;s defaults</source>
        <translation>Valeurs par défaut du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="91"/>
        <source>Render</source>
        <translation>Calculer le rendu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="93"/>
        <source>Write parts…</source>
        <translation>Écrire les pièces…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="94"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Découper et mettre en file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="96"/>
        <source>Slice the part shown and put it in the print queue, or save its G-code.</source>
        <translation>Découpe la pièce affichée et la met dans la file d&apos;impression, ou enregistre son G-code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="127"/>
        <source>Opening {id}…</source>
        <translation>Ouverture de {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="136"/>
        <source>Opening the design</source>
        <translation>Ouverture du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="142"/>
        <source>{title} (OpenSCAD design)</source>
        <translation>{title} (modèle OpenSCAD)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="143"/>
        <source>Licence: {notice}</source>
        <translation>Licence&#xa0;: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="149"/>
        <source>The mesh that came with the download (its author&apos;s settings).</source>
        <translation>Le maillage fourni avec le téléchargement (réglages de son auteur).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="156"/>
        <source>This design declares no Customizer parameters: render it as it is.</source>
        <translation>Ce modèle ne déclare aucun paramètre Customizer&#xa0;: calculez-en le rendu tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="205"/>
        <source>Rendered before with these values.</source>
        <translation>Rendu déjà calculé avec ces valeurs.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="207"/>
        <source>Press Render to see the part with these values.</source>
        <translation>Appuyez sur Calculer le rendu pour voir la pièce avec ces valeurs.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="209"/>
        <source>Looking for a render</source>
        <translation>Recherche d&apos;un rendu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="219"/>
        <source>OpenSCAD is rendering: this can take minutes for detailed designs.</source>
        <translation>OpenSCAD calcule le rendu&#xa0;: cela peut prendre des minutes pour les modèles détaillés.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="229"/>
        <source>Rendered in {s:.1f} s.</source>
        <translation>Rendu calculé en {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="237"/>
        <source>Rendering with OpenSCAD</source>
        <translation>Calcul du rendu avec OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="247"/>
        <source>{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triangles. {how}</source>
        <translation>{name}&#xa0;: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triangles. {how}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="259"/>
        <source>Cannot use this design: {error}</source>
        <translation>Impossible d&apos;utiliser ce modèle&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="288"/>
        <source>Queued job #{job} ({licence}).</source>
        <translation>Travail n°{job} mis en file ({licence}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="305"/>
        <source>Writing the parts</source>
        <translation>Écriture des pièces</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="306"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer_scad.py" line="310"/>
        <source>Folder for the parts</source>
        <translation>Dossier pour les pièces</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="53"/>
        <location filename="../../ui/screens/settings.py" line="183"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="184"/>
        <source>This lab</source>
        <translation>Ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Lab name</source>
        <translation>Nom du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>Other labs see this name on the catalogues this lab signs.</source>
        <translation>Les autres labos voient ce nom sur les catalogues que ce labo signe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="188"/>
        <source>Currency (ISO code)</source>
        <translation>Monnaie (code ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="190"/>
        <source>Currency symbol</source>
        <translation>Symbole monétaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>usual symbol</source>
        <translation>symbole habituel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Default material</source>
        <translation>Matériau par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="193"/>
        <source>What new frames and slices are made of unless you choose another.</source>
        <translation>Le matériau des nouvelles montures et des nouveaux découpages, sauf si vous en choisissez un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="194"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="195"/>
        <source>Where the lab is</source>
        <translation>Où est le labo</translation>
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
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="200"/>
        <source>Save the place</source>
        <translation>Enregistrer le lieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="201"/>
        <source>The lab&apos;s printers</source>
        <translation>Les imprimantes du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="204"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="210"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="202"/>
        <location filename="../../ui/screens/settings.py" line="206"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="203"/>
        <source>Remove the selected printer</source>
        <translation>Retirer l&apos;imprimante choisie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="205"/>
        <source>e.g. Ender by the window</source>
        <translation>p. ex. Ender près de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="209"/>
        <source>e.g. /dev/ttyUSB0, COM3 or sim://demo</source>
        <translation>p. ex. /dev/ttyUSB0, COM3 ou sim://demo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Add the printer</source>
        <translation>Ajouter l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="219"/>
        <source>The computer&apos;s language</source>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="237"/>
        <source>Reading the lab&apos;s settings</source>
        <translation>Lecture des réglages du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="283"/>
        <source>no port yet</source>
        <translation>pas encore de port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="306"/>
        <source>The settings could not be saved: {0}</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="308"/>
        <source>Saving the settings</source>
        <translation>Enregistrement des réglages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="321"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="326"/>
        <source>Costs are shown as {example}</source>
        <translation>Les coûts sont affichés ainsi&#xa0;: {example}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="339"/>
        <source>The place could not be saved: {0}</source>
        <translation>Le lieu n&apos;a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343"/>
        <source>Saved: the sun&apos;s path and the plan follow the new place.</source>
        <translation>Enregistré&#xa0;: la course du soleil et le plan suivent le nouveau lieu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="345"/>
        <source>Saving the place</source>
        <translation>Enregistrement du lieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="363"/>
        <source>{name} was added: printing and the queue use it on {port}.</source>
        <translation>{name} a été ajoutée&#xa0;: l&apos;impression et la file l&apos;utilisent sur {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="366"/>
        <source>Adding a printer</source>
        <translation>Ajout d&apos;une imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="373"/>
        <source>Select a printer in the list first.</source>
        <translation>Choisissez d&apos;abord une imprimante dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="383"/>
        <source>{name} was removed: its jobs go to the other printers.</source>
        <translation>{name} a été retirée&#xa0;: ses travaux vont aux autres imprimantes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="386"/>
        <source>Removing a printer</source>
        <translation>Retrait d&apos;une imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="391"/>
        <source>The printers could not be changed: {0}</source>
        <translation>Les imprimantes n&apos;ont pas pu être modifiées&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="599"/>
        <source>Slice</source>
        <translation>Découper</translation>
    </message>
</context>
<context>
    <name>SlicingPanel</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="91"/>
        <location filename="../../ui/slicing/dialog.py" line="265"/>
        <source>No parts to slice yet.</source>
        <translation>Pas encore de pièces à découper.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="95"/>
        <location filename="../../ui/slicing/dialog.py" line="97"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="99"/>
        <source>Frames (under an hour)</source>
        <translation>Montures (moins d&apos;une heure)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="100"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="104"/>
        <source>Cooler bed after the first layers</source>
        <translation>Plateau tiédi après les 1res couches</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="113"/>
        <source>Rear, lined up</source>
        <translation>Arrière, alignée</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="114"/>
        <source>Nearest, least travel</source>
        <translation>La plus proche, moins de déplacements</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="116"/>
        <source>Built-in slicer</source>
        <translation>Découpeur intégré</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="118"/>
        <source>PrusaSlicer</source>
        <translation>PrusaSlicer</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="119"/>
        <source>Slice</source>
        <translation>Découper</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="132"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="134"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="138"/>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="139"/>
        <source>Print mode</source>
        <translation>Mode d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="140"/>
        <source>Layer height</source>
        <translation>Hauteur de couche</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="141"/>
        <source>First layer speed</source>
        <translation>Vitesse 1re couche</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="143"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="144"/>
        <source>Infill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="145"/>
        <source>Skirt loops</source>
        <translation>Tours de jupe</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="146"/>
        <source>Seam</source>
        <translation>Couture</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="147"/>
        <source>Slicer</source>
        <translation>Découpeur</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="152"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="156"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="157"/>
        <source>Print time</source>
        <translation>Durée d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="158"/>
        <source>Heating up</source>
        <translation>Chauffe</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="159"/>
        <source>Filament</source>
        <translation>Filament</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="160"/>
        <source>Material cost</source>
        <translation>Coût matière</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="161"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="162"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="177"/>
        <source>Add to queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="179"/>
        <source>Save G-code…</source>
        <translation>Enregistrer le G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="181"/>
        <source>Write the checked G-code to a file, for a printer&apos;s SD card.</source>
        <translation>Écrit le G-code vérifié dans un fichier, pour la carte SD d&apos;une imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="196"/>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <location filename="../../ui/slicing/dialog.py" line="461"/>
        <source>Layer —</source>
        <translation>Couche —</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="197"/>
        <source>Show travels</source>
        <translation>Afficher les déplacements</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="263"/>
        <source>{0} part(s): {1}</source>
        <translation>{0} pièce(s)&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="278"/>
        <source>Loading profiles</source>
        <translation>Chargement des profils</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="341"/>
        <source>Slicing…</source>
        <translation>Découpage…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="345"/>
        <source>Slicing</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="357"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="386"/>
        <source>Sliced in {0:.1f} s. Safe to print.</source>
        <translation>Découpé en {0:.1f} s. Impression sans risque.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="388"/>
        <source>Sliced in {0:.1f} s after repairing {1}. Safe to print.</source>
        <translation>Découpé en {0:.1f} s après réparation de {1}. Impression sans risque.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="393"/>
        <source>{0}, fits in one hour</source>
        <translation>{0}, tient en une heure</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="394"/>
        <source>{0}, does not fit in one hour</source>
        <translation>{0}, dépasse une heure</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="399"/>
        <source>{0:.1f} g ({1:.2f} m)</source>
        <translation>{0:.1f} g ({1:.2f} m)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="403"/>
        <source>{0:.0f} Wh (peak {1:.0f} W)</source>
        <translation>{0:.0f} Wh (pic {1:.0f} W)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="436"/>
        <source>Layer {0} of {1}</source>
        <translation>Couche {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="447"/>
        <source>Settings changed: slice again to see the estimate.</source>
        <translation>Réglages modifiés : découpez à nouveau pour voir l’estimation.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="493"/>
        <source>Saved {path} ({kb} KB), checked for {printer}.</source>
        <translation>{path} enregistré ({kb} Ko), vérifié pour {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="501"/>
        <source>Saving the G-code…</source>
        <translation>Enregistrement du G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="502"/>
        <source>Saving G-code</source>
        <translation>Enregistrement du G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="509"/>
        <source>Save G-code for an SD card</source>
        <translation>Enregistrer le G-code pour une carte SD</translation>
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
        <translation>rond</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="28"/>
        <source>oval</source>
        <translation>ovale</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="29"/>
        <source>uncut</source>
        <translation>non taillé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="30"/>
        <source>fluid-module</source>
        <translation>module fluide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Diameter/width (mm)</source>
        <translation>Diamètre/largeur (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Height (mm)</source>
        <translation>Hauteur (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="43"/>
        <source>Power (D)</source>
        <translation>Puissance (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Count</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Thickness (mm)</source>
        <translation>Épaisseur (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Port (mm)</source>
        <translation>Orifice (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="44"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="50"/>
        <source>Add lenses</source>
        <translation>Ajouter des verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="55"/>
        <source>e.g. 44</source>
        <translation>p. ex. 44</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="56"/>
        <source>ovals only</source>
        <translation>si ovale</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="57"/>
        <source>e.g. +1.5</source>
        <translation>p. ex. +1.5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="58"/>
        <source>e.g. 10</source>
        <translation>p. ex. 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="60"/>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="61"/>
        <source>modules only</source>
        <translation>si module</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="64"/>
        <source>Ø / width</source>
        <translation>Ø / largeur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="65"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="66"/>
        <source>Module thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="67"/>
        <source>Filling port</source>
        <translation>Orifice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="72"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="75"/>
        <source>Update selected</source>
        <translation>Modifier la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="83"/>
        <source>Take one (−1)</source>
        <translation>En prendre un (−1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="85"/>
        <source>Put back (+1)</source>
        <translation>En remettre un (+1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="87"/>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="97"/>
        <source>Load lens stock</source>
        <translation>Chargement du stock de verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="131"/>
        <source>Choose a line of the stock first.</source>
        <translation>Choisissez d&apos;abord une ligne du stock.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="168"/>
        <source>Save lenses</source>
        <translation>Enregistrer les verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="178"/>
        <source>Update lens stock</source>
        <translation>Mise à jour du stock de verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/stock_tab.py" line="187"/>
        <source>Delete lens line</source>
        <translation>Supprimer la ligne de verres</translation>
    </message>
</context>
<context>
    <name>SuggestTab</name>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="53"/>
        <source>Customer and style</source>
        <translation>Client et style</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="59"/>
        <source>right eye</source>
        <translation>œil droit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="60"/>
        <source>left eye</source>
        <translation>œil gauche</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="61"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="62"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="63"/>
        <source>Only lenses in stock</source>
        <translation>Seulement les verres en stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="64"/>
        <source>Reading glasses (near PD)</source>
        <translation>Lunettes de lecture (EP de près)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="65"/>
        <source>&amp;Style</source>
        <translation>&amp;Style</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="66"/>
        <source>Right eye PD (mm)</source>
        <translation>EP œil droit (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="67"/>
        <source>Left eye PD (mm)</source>
        <translation>EP œil gauche (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="68"/>
        <source>Head width (mm)</source>
        <translation>Largeur de tête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="69"/>
        <source>Lens power (D)</source>
        <translation>Puissance du verre (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="78"/>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="204"/>
        <source>Suggest sizes</source>
        <translation>Proposer des tailles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="93"/>
        <source>Open in customizer</source>
        <translation>Ouvrir dans Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="95"/>
        <source>Preview on photo</source>
        <translation>Aperçu sur la photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="115"/>
        <source>The frame outline is drawn here over the customer&apos;s latest card photo.</source>
        <translation>Le contour de la monture est dessiné ici sur la dernière photo avec carte du client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="132"/>
        <source>The style or the figures changed: press Suggest sizes again.</source>
        <translation>Le style ou les valeurs ont changé&#xa0;: appuyez de nouveau sur «&#xa0;Proposer des tailles&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="197"/>
        <source>Checking every lens size and bridge…</source>
        <translation>Vérification de chaque taille de verre et de pont…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="214"/>
        <source>#{rank}: lens {a:g} × {b:g} mm, bridge {dbl} mm</source>
        <translation>n°{rank}&#xa0;: verre {a:g} × {b:g} mm, pont {dbl} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="221"/>
        <source>{passed} of {checked} sizes pass every frame check; the best {n} are shown.</source>
        <translation>{passed} tailles sur {checked} passent toutes les vérifications de monture&#xa0;; les {n} meilleures sont affichées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="243"/>
        <source>No card photo kept for this customer: the preview needs one.</source>
        <translation>Aucune photo avec carte gardée pour ce client&#xa0;: l&apos;aperçu en a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="251"/>
        <source>Latest card photo; suggestions are drawn at true scale.</source>
        <translation>Dernière photo avec carte&#xa0;; les propositions sont dessinées à l&apos;échelle réelle.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="254"/>
        <source>Open photo</source>
        <translation>Ouvrir une photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting/suggest_tab.py" line="267"/>
        <source>Draw frame on photo</source>
        <translation>Dessiner la monture sur la photo</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/screens/sync.py" line="50"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="57"/>
        <source>Look for sticks again</source>
        <translation>Rechercher les clés à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="58"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="67"/>
        <source>No USB stick found</source>
        <translation>Aucune clé USB trouvée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="68"/>
        <source>Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked.</source>
        <translation>Les catalogues voyagent entre labos sur des clés USB&#xa0;: seul ce qui a changé est copié, et chaque fichier est vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="70"/>
        <source>Insert a USB stick, or choose a folder, to export or import a catalogue.</source>
        <translation>Insérez une clé USB, ou choisissez un dossier, pour exporter ou importer un catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="80"/>
        <source>No stick or folder chosen.</source>
        <translation>Aucune clé ni dossier choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Check what&apos;s on it</source>
        <translation>Voir ce qu&apos;elle contient</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="86"/>
        <source>Import into this lab</source>
        <translation>Importer dans ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="87"/>
        <source>Export this lab&apos;s catalogue</source>
        <translation>Exporter le catalogue de ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="88"/>
        <source>Back up the whole lab</source>
        <translation>Sauvegarder tout le labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="89"/>
        <source>Trust this publisher…</source>
        <translation>Faire confiance à cet éditeur…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="90"/>
        <source>Copy Heliofab to this stick</source>
        <translation>Copier Heliofab sur cette clé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="92"/>
        <source>So that other laptops can install Heliofab with no internet: for this computer&apos;s system and Windows, with this Python version. Other systems and versions: heliofab installer --help.</source>
        <translation>Pour que d&apos;autres ordinateurs installent Heliofab sans internet&#xa0;: pour le système de cet ordinateur et Windows, avec cette version de Python. Autres systèmes et versions&#xa0;: heliofab installer --help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Design</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="129"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="130"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="319"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="320"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="321"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="322"/>
        <source>%n older</source>
        <translation>
            <numerusform>%n plus ancien</numerusform>
            <numerusform>%n plus anciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="323"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="384"/>
        <source>Exported %n design</source>
        <translation>
            <numerusform>%n modèle exporté</numerusform>
            <numerusform>%n modèles exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="385"/>
        <source>Exported %n designs</source>
        <translation>
            <numerusform>%n modèle exporté</numerusform>
            <numerusform>%n modèles exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="386"/>
        <source>%n file copied</source>
        <translation>
            <numerusform>%n fichier copié</numerusform>
            <numerusform>%n fichiers copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="387"/>
        <source>%n files copied</source>
        <translation>
            <numerusform>%n fichier copié</numerusform>
            <numerusform>%n fichiers copiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="388"/>
        <source>{exported}: {files}, {skipped} already on the stick.</source>
        <translation>{exported}&#xa0;: {files}, {skipped} déjà sur la clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="398"/>
        <source>%n imported design from an unknown publisher or an unsigned catalogue stays off it too: exporting it would vouch for it with this lab&apos;s signature.</source>
        <translation>
            <numerusform>%n modèle importé d&apos;un éditeur inconnu ou d&apos;un catalogue non signé n&apos;y va pas non plus&#xa0;: l&apos;exporter le garantirait avec la signature de ce labo.</numerusform>
            <numerusform>%n modèles importés d&apos;un éditeur inconnu ou d&apos;un catalogue non signé n&apos;y vont pas non plus&#xa0;: les exporter les garantirait avec la signature de ce labo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="402"/>
        <source>%n imported designs from an unknown publisher or an unsigned catalogue stay off it too: exporting them would vouch for them with this lab&apos;s signature.</source>
        <translation>
            <numerusform>%n modèle importé d&apos;un éditeur inconnu ou d&apos;un catalogue non signé n&apos;y va pas non plus&#xa0;: l&apos;exporter le garantirait avec la signature de ce labo.</numerusform>
            <numerusform>%n modèles importés d&apos;un éditeur inconnu ou d&apos;un catalogue non signé n&apos;y vont pas non plus&#xa0;: les exporter les garantirait avec la signature de ce labo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="112"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="152"/>
        <source>Looking for USB sticks</source>
        <translation>Recherche des clés USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="160"/>
        <source>has a catalogue</source>
        <translation>contient un catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="162"/>
        <source>has a backup</source>
        <translation>contient une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="163"/>
        <source>{free:.1f} GB free</source>
        <translation>{free:.1f} GB libres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="176"/>
        <source>Choose the stick or folder</source>
        <translation>Choisir la clé ou le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <source>It holds a catalogue.</source>
        <translation>Elle contient un catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="195"/>
        <location filename="../../ui/screens/sync.py" line="214"/>
        <source>No catalogue on it yet.</source>
        <translation>Pas encore de catalogue dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="196"/>
        <location filename="../../ui/screens/sync.py" line="221"/>
        <source>Chosen: {path}. {what}</source>
        <translation>Choisi&#xa0;: {path}. {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="210"/>
        <source>It holds a catalogue of %n design from {lab}.</source>
        <translation>
            <numerusform>Elle contient un catalogue de %n modèle de {lab}.</numerusform>
            <numerusform>Elle contient un catalogue de %n modèles de {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="211"/>
        <source>It holds a catalogue of %n designs from {lab}.</source>
        <translation>
            <numerusform>Elle contient un catalogue de %n modèle de {lab}.</numerusform>
            <numerusform>Elle contient un catalogue de %n modèles de {lab}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="218"/>
        <source>Last export from this lab: {when} (%n design).</source>
        <translation>
            <numerusform>Dernier export de ce labo&#xa0;: {when} (%n modèle).</numerusform>
            <numerusform>Dernier export de ce labo&#xa0;: {when} (%n modèles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sync.py" line="219"/>
        <source>Last export from this lab: {when} (%n designs).</source>
        <translation>
            <numerusform>Dernier export de ce labo&#xa0;: {when} (%n modèle).</numerusform>
            <numerusform>Dernier export de ce labo&#xa0;: {when} (%n modèles).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="264"/>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="234"/>
        <source>Cancelling… the stick keeps its previous complete catalogue.</source>
        <translation>Annulation… la clé garde son précédent catalogue complet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="302"/>
        <source>Checking {path}</source>
        <translation>Vérification de {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="328"/>
        <source>Signed by {name}, a publisher this lab trusts ({fp}).</source>
        <translation>Signé par {name}, un éditeur auquel ce labo fait confiance ({fp}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="330"/>
        <source>Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. Call that lab and compare the fingerprint before trusting it.</source>
        <translation>Signé par {name} ({fp}), pas encore reconnu ici&#xa0;: les modèles arrivent marqués comme tels. Appelez ce labo et comparez l&apos;empreinte avant de lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="333"/>
        <source>NOT signed: designs come in marked unsigned and never replace trusted ones.</source>
        <translation>NON signé&#xa0;: les modèles arrivent marqués non signés et ne remplacent jamais ceux de confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="212"/>
        <location filename="../../ui/screens/sync.py" line="335"/>
        <source>an unnamed lab</source>
        <translation>un labo sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="198"/>
        <source>Reading the stick</source>
        <translation>Lecture de la clé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="206"/>
        <source>Its catalogue cannot be read: {problem}</source>
        <translation>Son catalogue ne peut pas être lu&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="345"/>
        <source>Importing from {path}</source>
        <translation>Import depuis {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="352"/>
        <source>Imported: </source>
        <translation>Importé&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="361"/>
        <source>Exporting to {path}</source>
        <translation>Export vers {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="372"/>
        <source>Another lab&apos;s catalogue</source>
        <translation>Catalogue d&apos;un autre labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="373"/>
        <source>Replace it with this lab&apos;s catalogue anyway?</source>
        <translation>Le remplacer quand même par le catalogue de ce labo&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="393"/>
        <source>Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported or made go on the stick.</source>
        <translation>Les modèles fournis voyagent avec Heliofab lui-même (chaque copie les a)&#xa0;: seuls les modèles importés ou créés dans ce labo vont sur la clé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="426"/>
        <source>Backing up to {path}</source>
        <translation>Sauvegarde vers {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="434"/>
        <source>The signing key is in it, encrypted with your passphrase.</source>
        <translation>La clé de signature y est, chiffrée avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="435"/>
        <source>The signing key was left out: copy the keys folder of the data folder by hand to move it.</source>
        <translation>La clé de signature n&apos;y est pas&#xa0;: pour la déplacer, copiez à la main le dossier keys du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="438"/>
        <source>The lab has no signing key yet, so the backup holds none: one is made at the first catalogue export.</source>
        <translation>Le labo n&apos;a pas encore de clé de signature, la sauvegarde n&apos;en contient donc pas&#xa0;: elle sera créée au premier export du catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="442"/>
        <source>Backed up and verified in {folder}. It holds customers&apos; data: keep the stick safe.</source>
        <translation>Sauvegardé et vérifié dans {folder}. La sauvegarde contient les données des clients&#xa0;: gardez la clé en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="452"/>
        <source>{count} damaged stored file(s) were left out ({used}): run `heliofab doctor --repair` to move them aside, then re-import or re-queue what they belonged to.</source>
        <translation>{count} fichier(s) enregistré(s) endommagé(s) laissé(s) de côté ({used})&#xa0;: lancez `heliofab doctor --repair` pour les écarter, puis réimportez ou remettez en file ce qui les utilisait.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="454"/>
        <source>nothing refers to them any more</source>
        <translation>plus rien ne les utilise</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="471"/>
        <source>Copying Heliofab to {path}</source>
        <translation>Copie de Heliofab sur {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="474"/>
        <source>Cancelling… the stick keeps what it held before.</source>
        <translation>Annulation… la clé garde ce qu&apos;elle contenait.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="478"/>
        <source>Heliofab is on the stick for {targets}: on each laptop run install.bat (Windows) or install.sh (Linux, macOS) from it.</source>
        <translation>Heliofab est sur la clé pour {targets}&#xa0;: sur chaque ordinateur, lancez install.bat (Windows) ou install.sh (Linux, macOS) depuis la clé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="481"/>
        <source>Not on it, as there is no network: {targets}.</source>
        <translation>Absent, faute de réseau&#xa0;: {targets}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <location filename="../../ui/screens/sync.py" line="496"/>
        <source>Trust a publisher</source>
        <translation>Faire confiance à un éditeur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="490"/>
        <source>The lab&apos;s name:</source>
        <translation>Le nom du labo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="497"/>
        <source>Type the fingerprint that lab reads to you over the phone (not the one shown here):</source>
        <translation>Tapez l&apos;empreinte que ce labo vous lit au téléphone (pas celle affichée ici)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="508"/>
        <source>Trusting a publisher</source>
        <translation>Ajout d&apos;un éditeur de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="511"/>
        <source>Not trusted</source>
        <translation>Pas de confiance</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TemperatureControls</name>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="18"/>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="21"/>
        <location filename="../../ui/widgets/temperature_controls.py" line="64"/>
        <source>No temperature reported yet.</source>
        <translation>Aucune température reçue pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="25"/>
        <source>Set</source>
        <translation>Régler</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="26"/>
        <source>Heat the hotend and the bed to these temperatures</source>
        <translation>Chauffer la buse et le plateau à ces températures</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Hotend</source>
        <translation>Buse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="30"/>
        <source>Bed</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="36"/>
        <source>Cool down</source>
        <translation>Refroidir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="37"/>
        <source>Switch the hotend and bed heaters off</source>
        <translation>Couper la chauffe de la buse et du plateau</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="52"/>
        <source>{name} {hotend}/{bed}</source>
        <translation>{name} {hotend}/{bed}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="54"/>
        <source>Preheat for {name}: hotend {hotend} °C, bed {bed} °C</source>
        <translation>Préchauffer pour {name}&#xa0;: buse {hotend} °C, plateau {bed} °C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/temperature_controls.py" line="67"/>
        <source>Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C</source>
        <translation>Buse {h:.1f} / {ht:.0f} °C   Plateau {b} / {bt} °C</translation>
    </message>
</context>
<context>
    <name>TemplatePrint</name>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="43"/>
        <source>This template has no size in millimetres, so it cannot be printed at 1:1.</source>
        <translation>Ce gabarit n&apos;a pas de taille en millimètres&#xa0;: il ne peut pas être imprimé à 1:1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="58"/>
        <source>Heliofab paper template</source>
        <translation>Gabarit papier Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="77"/>
        <source>The template could not be read, so nothing was printed: make it again.</source>
        <translation>Le gabarit n&apos;a pas pu être lu, rien n&apos;a été imprimé&#xa0;: refaites-le.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="81"/>
        <source>The printer refused the page: check it is switched on and has paper, then try again.</source>
        <translation>L&apos;imprimante a refusé la page&#xa0;: vérifiez qu&apos;elle est allumée et a du papier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="96"/>
        <source>Print the paper template at 100 %</source>
        <translation>Imprimer le gabarit papier à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_print.py" line="106"/>
        <source>Template sent to {printer} at 100 %: check its 100 mm line measures 100 mm.</source>
        <translation>Gabarit envoyé à {printer} à 100&#xa0;%&#xa0;: vérifiez que sa ligne de 100 mm mesure 100 mm.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="113"/>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="147"/>
        <source>sun</source>
        <translation>soleil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="164"/>
        <source>battery</source>
        <translation>batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="200"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
</TS>
