<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BedView3D</name>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="114"/>
        <source>3D view</source>
        <translation>Vue 3D</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="125"/>
        <source>The parts appear here once every check passes.</source>
        <translation>Les pièces s&apos;affichent ici dès que toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/frame_view3d.py" line="126"/>
        <source>Drawing…</source>
        <translation>Dessin…</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="165"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="172"/>
        <source>Search designs: title, tags, author…</source>
        <translation>Chercher&#xa0;: titre, étiquette, auteur…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="176"/>
        <source>Fits bed (mm)</source>
        <translation>Tient sur plateau (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="178"/>
        <source>Any bed size</source>
        <translation>Toute taille de plateau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="187"/>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="197"/>
        <location filename="../../ui/screens/catalogue.py" line="346"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="198"/>
        <location filename="../../ui/screens/catalogue.py" line="347"/>
        <source>All licences</source>
        <translation>Toutes licences</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="221"/>
        <source>Choose a design to see its licence, author and files.</source>
        <translation>Choisissez un modèle pour voir sa licence, son auteur et ses fichiers.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="234"/>
        <source>No designs yet</source>
        <translation>Aucun modèle pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="235"/>
        <source>The catalogue holds the frame styles and other designs this lab can print, with their licences.</source>
        <translation>Le catalogue contient les styles de montures et les autres modèles que ce labo peut imprimer, avec leurs licences.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="236"/>
        <source>Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area.</source>
        <translation>Importez des fichiers STL/3MF ou un zip de modèles, ou apportez un catalogue sur une clé USB depuis l&apos;écran Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="239"/>
        <source>No design matches</source>
        <translation>Aucun modèle ne correspond</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="240"/>
        <source>Nothing in the catalogue matches these words and filters.</source>
        <translation>Rien dans le catalogue ne correspond à ces mots et à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="241"/>
        <source>Clear the search box or choose “All categories” and “All licences”.</source>
        <translation>Videz la zone de recherche ou choisissez «&#xa0;Toutes catégories&#xa0;» et «&#xa0;Toutes licences&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="298"/>
        <source>Loading the catalogue</source>
        <translation>Chargement du catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="320"/>
        <source>Loading thumbnails</source>
        <translation>Chargement des vignettes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="333"/>
        <source>{count} designs</source>
        <translation>{count} modèles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="389"/>
        <source>Loading the design</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="398"/>
        <source>Bundled with Heliofab</source>
        <translation>Fourni avec Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="399"/>
        <source>Made or imported in this lab</source>
        <translation>Créé ou importé dans ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="400"/>
        <source>From a trusted lab</source>
        <translation>D&apos;un labo de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="401"/>
        <source>From a lab you have not trusted yet</source>
        <translation>D&apos;un labo pas encore reconnu comme fiable</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="402"/>
        <source>Unsigned: origin unknown</source>
        <translation>Non signé&#xa0;: origine inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="405"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="406"/>
        <source>Not for sale without checking: the licence restricts commercial use or is unknown.</source>
        <translation>Pas de vente sans vérification&#xa0;: la licence restreint l&apos;usage commercial ou est inconnue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="426"/>
        <source>Import designs</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="426"/>
        <source>Designs (*.stl *.3mf *.zip)</source>
        <translation>Modèles (*.stl *.3mf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="437"/>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="441"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflict} kept as they were.</source>
        <translation>{new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {conflict} laissés tels quels.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="444"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>CustomizerScreen</name>
    <message>
        <location filename="../../ui/screens/customizer.py" line="73"/>
        <source>Customizer</source>
        <translation>Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="95"/>
        <source> (child)</source>
        <translation> (enfant)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="97"/>
        <source>Fit bridge to PD</source>
        <translation>Ajuster le pont à l&apos;EP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="98"/>
        <source>Set the bridge so the lens centres sit exactly on the pupils.</source>
        <translation>Règle le pont pour que le centre des verres tombe exactement sur les pupilles.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="99"/>
        <source>Reset to style defaults</source>
        <translation>Revenir aux valeurs du style</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="100"/>
        <source>Frame style:</source>
        <translation>Style de monture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="118"/>
        <source>Front and temple</source>
        <translation>Face et branche</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="119"/>
        <source>Print bed (3D)</source>
        <translation>Plateau d&apos;impression (3D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="120"/>
        <source>Actual size on screen (when it fits)</source>
        <translation>Taille réelle à l&apos;écran (si elle tient)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="129"/>
        <source>Write parts…</source>
        <translation>Écrire les pièces…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="130"/>
        <source>Paper template…</source>
        <translation>Gabarit papier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="131"/>
        <source>Save parameter set…</source>
        <translation>Enregistrer les paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="132"/>
        <source>Load parameter set…</source>
        <translation>Charger des paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="133"/>
        <source>Save as fit</source>
        <translation>Enregistrer comme ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="134"/>
        <source>Available once customers and fits are set up.</source>
        <translation>Disponible une fois les clients et les ajustages en place.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="135"/>
        <source>Slice &amp;&amp; queue…</source>
        <translation>Découper et mettre en file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="137"/>
        <location filename="../../ui/screens/customizer.py" line="428"/>
        <source>Slice the saved fit and put it in the print queue for its customer.</source>
        <translation>Découpe l&apos;ajustage enregistré et le met dans la file d&apos;impression pour son client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="140"/>
        <source>These frames are sold (not a gift or personal use)</source>
        <translation>Ces montures sont vendues (pas un cadeau ni un usage personnel)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="212"/>
        <source>Saved as fit #{id}: slice it and queue it for the customer.</source>
        <translation>Enregistré comme ajustage n°{id}&#xa0;: découpez-le et mettez-le en file pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="309"/>
        <source>No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: change the lens width.</source>
        <translation>Aucun pont entre {lo:g} et {hi:g} mm ne place ces verres sur les pupilles&#xa0;: changez la largeur du verre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="345"/>
        <source>Style thumbnails</source>
        <translation>Vignettes des styles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="369"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="385"/>
        <source>Cannot build this frame: {error}</source>
        <translation>Impossible de construire cette monture&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="394"/>
        <source>, about {g:.1f} g</source>
        <translation>, environ {g:.1f} g</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="396"/>
        <source>{marking}: frame PD {pd:g} mm = lens {a:g} + bridge {dbl:g} mm · width {w:g} mm · splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}</source>
        <translation>{marking}&#xa0;: EP monture {pd:g} mm = verre {a:g} + pont {dbl:g} mm · largeur {w:g} mm · ouverture D {sr:g}° / G {sl:g}° · branche {t:g} mm{grams}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="429"/>
        <source>Save as fit first.</source>
        <translation>Enregistrez d&apos;abord comme ajustage.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="453"/>
        <source>Writing frame parts</source>
        <translation>Écriture des pièces de la monture</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="454"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="473"/>
        <source>Writing paper template</source>
        <translation>Écriture du gabarit papier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="475"/>
        <source>Saved {path}: print at 100 % and check the card outline.</source>
        <translation>{path} enregistré&#xa0;: imprimez à 100&#xa0;% et vérifiez le contour de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="489"/>
        <source>Saving parameter set</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="490"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="505"/>
        <source>Loading parameter set</source>
        <translation>Chargement des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="511"/>
        <source>Folder for the frame parts</source>
        <translation>Dossier pour les pièces de la monture</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="516"/>
        <source>Save paper template</source>
        <translation>Enregistrer le gabarit papier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="517"/>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="522"/>
        <source>Save OpenSCAD parameter set</source>
        <translation>Enregistrer les paramètres OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="523"/>
        <location filename="../../ui/screens/customizer.py" line="529"/>
        <source>Parameter sets (*.json)</source>
        <translation>Jeux de paramètres (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="528"/>
        <source>Load OpenSCAD parameter set</source>
        <translation>Charger des paramètres OpenSCAD</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="545"/>
        <source>{title} by {author}, licence {licence}. {attribution}</source>
        <translation>{title} par {author}, licence {licence}. {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="547"/>
        <location filename="../../ui/screens/customizer.py" line="553"/>
        <source>Licence: {notice}</source>
        <translation>Licence&#xa0;: {notice}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="556"/>
        <source>Design licence</source>
        <translation>Licence du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="567"/>
        <source>Fit #{id}: {style}</source>
        <translation>Ajustage n°{id}&#xa0;: {style}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="588"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="589"/>
        <source>{problem}

Has the author agreed to this sale?</source>
        <translation>{problem}

L&apos;auteur a-t-il accepté cette vente&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="594"/>
        <source>Not queued: untick &quot;sold&quot; to print it as a gift.</source>
        <translation>Pas mis en file&#xa0;: décochez «&#xa0;vendues&#xa0;» pour les imprimer comme cadeau.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="598"/>
        <source>Queueing the frames</source>
        <translation>Mise en file des montures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/customizer.py" line="602"/>
        <source>Queued job #{job} for the customer ({licence}).</source>
        <translation>Travail n°{job} mis en file pour le client ({licence}).</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="120"/>
        <source>peak {0:.0f} W</source>
        <translation>pic {0:.0f} W</translation>
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
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="94"/>
        <source>Sun now</source>
        <translation>Soleil maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="95"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="96"/>
        <source>Usable above reserve</source>
        <translation>Utilisable au-dessus de la réserve</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="97"/>
        <source>Expected next 24 h</source>
        <translation>Prévu sur 24 h</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="101"/>
        <source>No readings yet: connect the charge controller or enter a reading by hand.</source>
        <translation>Pas encore de relevé&#xa0;: branchez le régulateur de charge ou saisissez un relevé à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="108"/>
        <location filename="../../ui/screens/energy.py" line="198"/>
        <source>PV power</source>
        <translation>Puissance PV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="109"/>
        <source>hours from now</source>
        <translation>heures à partir de maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="112"/>
        <source>clear sky</source>
        <translation>ciel clair</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="113"/>
        <source>expected</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="115"/>
        <source>cautious</source>
        <translation>prudent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="129"/>
        <source>Site, panels and battery</source>
        <translation>Site, panneaux et batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="133"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="137"/>
        <source>Battery type</source>
        <translation>Type de batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="146"/>
        <source>Save site</source>
        <translation>Enregistrer le site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="154"/>
        <source>Charge controller</source>
        <translation>Régulateur de charge</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="166"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="168"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="170"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="172"/>
        <source>Demo: simulated controller</source>
        <translation>Démo&#xa0;: régulateur simulé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="177"/>
        <location filename="../../ui/screens/energy.py" line="262"/>
        <location filename="../../ui/screens/energy.py" line="304"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="183"/>
        <source>Enter a reading by hand</source>
        <translation>Saisir un relevé à la main</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="196"/>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="197"/>
        <source>Battery voltage (0: not measured)</source>
        <translation>Tension batterie (0&#xa0;: non mesurée)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="199"/>
        <source>Store reading</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="233"/>
        <source>Saved. The queue is planned with these values from now on.</source>
        <translation>Enregistré. La file est désormais planifiée avec ces valeurs.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="239"/>
        <source>Updating the energy forecast</source>
        <translation>Mise à jour de la prévision d&apos;énergie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="254"/>
        <source>reserve {0:.0f} %; {1}</source>
        <translation>réserve {0:.0f}&#xa0;%&#xa0;; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="258"/>
        <source>median of this site&apos;s own weather</source>
        <translation>médiane de la météo de ce site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="264"/>
        <source>Listening to the {0} controller.</source>
        <translation>À l&apos;écoute du régulateur {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="265"/>
        <source>charge</source>
        <translation>de charge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="268"/>
        <source>No fresh reading: the planner assumes the battery is draining and plans cautiously.</source>
        <translation>Pas de relevé récent&#xa0;: le planificateur suppose que la batterie se vide et planifie prudemment.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="273"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="274"/>
        <source>stage: {0}</source>
        <translation>phase&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="279"/>
        <source>Last reading {0:%H:%M:%S} UTC from {1}.</source>
        <translation>Dernier relevé {0:%H:%M:%S} UTC depuis {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="294"/>
        <source>Enter the port first (see `heliofab doctor` for the list).</source>
        <translation>Indiquez d&apos;abord le port (voir `heliofab doctor` pour la liste).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="297"/>
        <source>Listening on {0}…</source>
        <translation>Écoute sur {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="310"/>
        <source>Demo: a simulated VE.Direct controller on {0}.</source>
        <translation>Démo&#xa0;: un régulateur VE.Direct simulé sur {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/energy.py" line="321"/>
        <source>Stored.</source>
        <translation>Enregistré.</translation>
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
        <location filename="../../ui/first_run.py" line="63"/>
        <location filename="../../ui/first_run.py" line="64"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>Choose the language of Heliofab&apos;s screens.</source>
        <translation>Choisissez la langue des écrans de Heliofab.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="67"/>
        <source>Type to find a town…</source>
        <translation>Tapez pour trouver une ville…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80"/>
        <source>Where is the lab?</source>
        <translation>Où se trouve le labo&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Pick the nearest town, or type the coordinates. The sun&apos;s path is computed from them.</source>
        <translation>Choisissez la ville la plus proche ou tapez les coordonnées. La course du soleil est calculée à partir d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="84"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="94"/>
        <source>Panels and battery</source>
        <translation>Panneaux et batterie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95"/>
        <source>Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. The reserve is never used for printing, so the lights still work at night.</source>
        <translation>Additionnez les watts inscrits sur chaque panneau. Les wattheures de la batterie sont les volts × les ampères-heures. La réserve ne sert jamais à imprimer&#xa0;: la lumière fonctionne toujours la nuit.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>Panel power</source>
        <translation>Puissance des panneaux</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>Panel tilt</source>
        <translation>Inclinaison des panneaux</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="98"/>
        <source>Panel direction (0 north, 180 south)</source>
        <translation>Orientation des panneaux (0 nord, 180 sud)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Battery capacity</source>
        <translation>Capacité de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Battery reserve</source>
        <translation>Réserve de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>e.g. /dev/ttyUSB0 or COM3; leave empty to choose later</source>
        <translation>p. ex. /dev/ttyUSB0 ou COM3&#xa0;; laisser vide pour choisir plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109"/>
        <source>Which printer does the lab have? Its size, temperatures and power use come from this choice.</source>
        <translation>Quelle imprimante a le labo&#xa0;? Sa taille, ses températures et sa consommation viennent de ce choix.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>Printer model</source>
        <translation>Modèle d&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>USB port</source>
        <translation>Port USB</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>Custom location</source>
        <translation>Autre lieu</translation>
    </message>
</context>
<context>
    <name>FittingScreen</name>
    <message>
        <location filename="../../ui/screens/fitting.py" line="104"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clients et ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="116"/>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="118"/>
        <source>Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only.</source>
        <translation>Les clients, leurs mesures (écart pupillaire, largeur de tête) et leurs ajustages enregistrés restent uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="121"/>
        <source>Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card.</source>
        <translation>Appuyez sur Ctrl+N pour ajouter un client, puis mesurez son EP avec une réglette ou une photo avec une carte bancaire.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="125"/>
        <source>&amp;1 Customer</source>
        <translation>&amp;1 Client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="126"/>
        <source>&amp;2 Measure PD</source>
        <translation>&amp;2 Mesurer l&apos;EP</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="127"/>
        <source>&amp;3 Suggest sizes</source>
        <translation>&amp;3 Proposer des tailles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="128"/>
        <source>&amp;4 Lens stock</source>
        <translation>&amp;4 Stock de verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="153"/>
        <source>Search name or code (Ctrl+F)</source>
        <translation>Nom ou code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="159"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nouveau client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="169"/>
        <source>Intake</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="173"/>
        <source>made up when empty</source>
        <translation>inventé si vide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="179"/>
        <source>Agrees to photos being kept on this laptop</source>
        <translation>Accepte que ses photos soient gardées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="183"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="184"/>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="185"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="186"/>
        <source>&amp;Age group</source>
        <translation>Tr&amp;anche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="188"/>
        <location filename="../../ui/screens/fitting.py" line="391"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="190"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="192"/>
        <source>Delete customer…</source>
        <translation>Supprimer le client…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="202"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Far PD</source>
        <translation>EP de loin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Near PD</source>
        <translation>EP de près</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="205"/>
        <source>Mono R/L</source>
        <translation>Mono D/G</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="206"/>
        <source>Head width</source>
        <translation>Largeur de tête</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="206"/>
        <source>Power R/L</source>
        <translation>Puissance D/G</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="211"/>
        <source>Saved fits</source>
        <translation>Ajustages enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="216"/>
        <location filename="../../ui/screens/fitting.py" line="360"/>
        <source>Open in customizer</source>
        <translation>Ouvrir dans Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="218"/>
        <source>Reprint…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="220"/>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="222"/>
        <source>Import JSON…</source>
        <translation>Importer un JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="229"/>
        <source>Orders (print jobs)</source>
        <translation>Commandes (travaux d&apos;impression)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="241"/>
        <source>Ruler and face measures</source>
        <translation>Réglette et mesures du visage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="243"/>
        <source>e.g. 63</source>
        <translation>p. ex. 63</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="244"/>
        <source>from far</source>
        <translation>de loin</translation>
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
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="251"/>
        <location filename="../../ui/screens/fitting.py" line="252"/>
        <source>D, optional</source>
        <translation>D, facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="254"/>
        <source>&amp;Far PD (mm)</source>
        <translation>EP de &amp;loin (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="255"/>
        <source>Near PD (mm)</source>
        <translation>EP de près (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="256"/>
        <location filename="../../ui/screens/fitting.py" line="339"/>
        <source>Right eye PD (mm)</source>
        <translation>EP œil droit (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="257"/>
        <location filename="../../ui/screens/fitting.py" line="340"/>
        <source>Left eye PD (mm)</source>
        <translation>EP œil gauche (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="258"/>
        <source>&amp;Head width (mm)</source>
        <translation>Largeur de &amp;tête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="259"/>
        <source>Front to bend (mm)</source>
        <translation>Face jusqu&apos;au pli (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="260"/>
        <source>Nose width 10 mm below crest (mm)</source>
        <translation>Largeur du nez 10 mm sous l&apos;arête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="261"/>
        <source>Nose width 15 mm below crest (mm)</source>
        <translation>Largeur du nez 15 mm sous l&apos;arête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="262"/>
        <source>Right lens power (D)</source>
        <translation>Puissance verre droit (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="263"/>
        <source>Left lens power (D)</source>
        <translation>Puissance verre gauche (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="268"/>
        <source>Save measurement (Enter)</source>
        <translation>Enregistrer la mesure (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="273"/>
        <source>PD from a photo with a bank card</source>
        <translation>EP d&apos;après une photo avec une carte bancaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="276"/>
        <source>Open photo…</source>
        <translation>Ouvrir une photo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="282"/>
        <source> cm to camera</source>
        <translation> cm de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="283"/>
        <source>Mirror image</source>
        <translation>Image miroir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="284"/>
        <source>Add reading</source>
        <translation>Ajouter la mesure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="286"/>
        <source>Clear points</source>
        <translation>Effacer les points</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="304"/>
        <location filename="../../ui/screens/fitting.py" line="740"/>
        <source>No readings yet: up to three photos are averaged.</source>
        <translation>Pas encore de mesure&#xa0;: jusqu&apos;à trois photos sont moyennées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="311"/>
        <location filename="../../ui/screens/fitting.py" line="757"/>
        <source>Save photo PD</source>
        <translation>Enregistrer l&apos;EP photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="313"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="326"/>
        <source>Customer and style</source>
        <translation>Client et style</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="332"/>
        <source>right eye</source>
        <translation>œil droit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="333"/>
        <source>left eye</source>
        <translation>œil gauche</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="336"/>
        <source>Only lenses in stock</source>
        <translation>Seulement les verres en stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="337"/>
        <source>Reading glasses (near PD)</source>
        <translation>Lunettes de lecture (EP de près)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="338"/>
        <source>&amp;Style</source>
        <translation>&amp;Style</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="341"/>
        <source>Head width (mm)</source>
        <translation>Largeur de tête (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="342"/>
        <source>Lens power (D)</source>
        <translation>Puissance du verre (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="346"/>
        <location filename="../../ui/screens/fitting.py" line="814"/>
        <source>Suggest sizes</source>
        <translation>Proposer des tailles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="362"/>
        <source>Preview on photo</source>
        <translation>Aperçu sur la photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="374"/>
        <source>The frame outline is drawn here over the customer&apos;s latest card photo.</source>
        <translation>Le contour de la monture est dessiné ici sur la dernière photo avec carte du client.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <location filename="../../ui/screens/fitting.py" line="407"/>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <source>Diameter/width (mm)</source>
        <translation>Diamètre/largeur (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <source>Height (mm)</source>
        <translation>Hauteur (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="390"/>
        <source>Power (D)</source>
        <translation>Puissance (D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="391"/>
        <location filename="../../ui/screens/fitting.py" line="409"/>
        <source>Count</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="397"/>
        <source>Add lenses</source>
        <translation>Ajouter des verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="402"/>
        <source>e.g. 44</source>
        <translation>p. ex. 44</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="403"/>
        <source>ovals only</source>
        <translation>si ovale</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="404"/>
        <source>e.g. +1.5</source>
        <translation>p. ex. +1.5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="405"/>
        <source>e.g. 10</source>
        <translation>p. ex. 10</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="407"/>
        <source>Ø / width</source>
        <translation>Ø / largeur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="408"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="408"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="413"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="416"/>
        <source>Update selected</source>
        <translation>Modifier la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="423"/>
        <source>Take one (−1)</source>
        <translation>En prendre un (−1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="425"/>
        <source>Put back (+1)</source>
        <translation>En remettre un (+1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="427"/>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="460"/>
        <location filename="../../ui/screens/fitting.py" line="467"/>
        <source>Load customers</source>
        <translation>Chargement des clients</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="499"/>
        <source>Open customer</source>
        <translation>Ouverture du client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="527"/>
        <source>, paper-check changes</source>
        <translation>, modifications après vérification papier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="538"/>
        <source>No orders yet.</source>
        <translation>Pas encore de commande.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="545"/>
        <source> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)</source>
        <translation> · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} soleil, {bat:.1f} batterie)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="564"/>
        <source>New customer: type a name or a code, then Enter.</source>
        <translation>Nouveau client&#xa0;: tapez un nom ou un code, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="586"/>
        <source>Saved {label}.</source>
        <translation>{label} enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="592"/>
        <source>Save customer</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="600"/>
        <location filename="../../ui/screens/fitting.py" line="613"/>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="601"/>
        <source>Delete {label} with all measurements, fits and photos? This cannot be undone.</source>
        <translation>Supprimer {label} avec toutes ses mesures, ajustages et photos&#xa0;? C&apos;est définitif.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="610"/>
        <source>Deleted {label} and their photos.</source>
        <translation>{label} et ses photos supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="618"/>
        <location filename="../../ui/screens/fitting.py" line="744"/>
        <source>Save the customer first (Ctrl+S).</source>
        <translation>Enregistrez d&apos;abord le client (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="646"/>
        <source>Measurement saved.</source>
        <translation>Mesure enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="649"/>
        <source>Save measurement</source>
        <translation>Enregistrer la mesure</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="653"/>
        <source>Open a photo with a bank card</source>
        <translation>Ouvrir une photo avec une carte bancaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="653"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Photos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="669"/>
        <location filename="../../ui/screens/fitting.py" line="929"/>
        <source>Open photo</source>
        <translation>Ouvrir une photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="673"/>
        <source>Open a photo taken from about 1 m, card flat on the brow, long edge level.</source>
        <translation>Ouvrez une photo prise à environ 1 m, carte à plat sur le front, grand côté à l&apos;horizontale.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="676"/>
        <source>Click the card&apos;s top-left corner.</source>
        <translation>Cliquez sur le coin haut gauche de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="677"/>
        <source>Click the card&apos;s top-right corner.</source>
        <translation>Cliquez sur le coin haut droit de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="678"/>
        <source>Click the card&apos;s bottom-right corner.</source>
        <translation>Cliquez sur le coin bas droit de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="679"/>
        <source>Click the card&apos;s bottom-left corner.</source>
        <translation>Cliquez sur le coin bas gauche de la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="680"/>
        <source>Click the pupil on the image&apos;s left (the customer&apos;s right eye).</source>
        <translation>Cliquez sur la pupille à gauche de l&apos;image (l&apos;œil droit du client).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="681"/>
        <source>Click the pupil on the image&apos;s right (the customer&apos;s left eye).</source>
        <translation>Cliquez sur la pupille à droite de l&apos;image (l&apos;œil gauche du client).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="682"/>
        <source>Optional: click the bridge of the nose for true monocular PDs, or Add reading.</source>
        <translation>Facultatif&#xa0;: cliquez sur l&apos;arête du nez pour de vrais demi-écarts, ou sur Ajouter la mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="685"/>
        <source>All points placed: drag to adjust, then Add reading.</source>
        <translation>Tous les points sont placés&#xa0;: faites-les glisser pour ajuster, puis Ajouter la mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="720"/>
        <source>Reading {n} added: open the next photo, or save.</source>
        <translation>Mesure {n} ajoutée&#xa0;: ouvrez la photo suivante, ou enregistrez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="724"/>
        <source>{n} reading(s), spread {spread:.1f} mm</source>
        <translation>{n} mesure(s), écart {spread:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="725"/>
        <source>Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>EP de loin {far:.1f} mm (droit {r:.1f} / gauche {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="728"/>
        <source>Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})</source>
        <translation>EP de près {near:.1f} mm (droit {r:.1f} / gauche {l:.1f})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="733"/>
        <source>Monocular PDs are halves: click the nose bridge to measure them.</source>
        <translation>Les demi-écarts sont des moitiés&#xa0;: cliquez sur l&apos;arête du nez pour les mesurer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="754"/>
        <source>Photo PD saved.</source>
        <translation>EP photo enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="813"/>
        <source>Checking every lens size and bridge…</source>
        <translation>Vérification de chaque taille de verre et de pont…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="824"/>
        <source>#{rank}: lens {a:g} × {b:g} mm, bridge {dbl:g} mm</source>
        <translation>n°{rank}&#xa0;: verre {a:g} × {b:g} mm, pont {dbl:g} mm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="831"/>
        <source>{passed} of {checked} sizes pass every frame check; the best {n} are shown.</source>
        <translation>{passed} tailles sur {checked} passent toutes les vérifications de monture&#xa0;; les {n} meilleures sont affichées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="864"/>
        <source>This customizer cannot take parameters yet.</source>
        <translation>Cette personnalisation n&apos;accepte pas encore de paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="899"/>
        <source>Saved fit #{id} for {code}.</source>
        <translation>Ajustage n°{id} enregistré pour {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="908"/>
        <source>Save fit</source>
        <translation>Enregistrer l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="918"/>
        <source>No card photo kept for this customer: the preview needs one.</source>
        <translation>Aucune photo avec carte gardée pour ce client&#xa0;: l&apos;aperçu en a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="926"/>
        <source>Latest card photo; suggestions are drawn at true scale.</source>
        <translation>Dernière photo avec carte&#xa0;; les propositions sont dessinées à l&apos;échelle réelle.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="942"/>
        <source>Draw frame on photo</source>
        <translation>Dessiner la monture sur la photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="948"/>
        <source>Choose a saved fit in the list first.</source>
        <translation>Choisissez d&apos;abord un ajustage enregistré dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="958"/>
        <source>Open fit</source>
        <translation>Ouvrir l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="967"/>
        <source>Write the parts (STL) to</source>
        <translation>Écrire les pièces (STL) dans</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="978"/>
        <source>Reprint fit</source>
        <translation>Réimprimer l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="980"/>
        <source>Wrote {n} files to {folder}.</source>
        <translation>{n} fichiers écrits dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="988"/>
        <location filename="../../ui/screens/fitting.py" line="992"/>
        <source>Export fit</source>
        <translation>Exporter l&apos;ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="994"/>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1000"/>
        <location filename="../../ui/screens/fitting.py" line="1013"/>
        <source>Import fit</source>
        <translation>Importer un ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1010"/>
        <source>Imported fit #{id}.</source>
        <translation>Ajustage n°{id} importé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1018"/>
        <source>Load lens stock</source>
        <translation>Chargement du stock de verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1047"/>
        <source>Choose a line of the stock first.</source>
        <translation>Choisissez d&apos;abord une ligne du stock.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1081"/>
        <source>Save lenses</source>
        <translation>Enregistrer les verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1091"/>
        <source>Update lens stock</source>
        <translation>Mise à jour du stock de verres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/fitting.py" line="1100"/>
        <source>Delete lens line</source>
        <translation>Supprimer la ligne de verres</translation>
    </message>
</context>
<context>
    <name>FramePreviewWidget</name>
    <message>
        <location filename="../../ui/screens/frame_preview.py" line="81"/>
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
    <name>LayerPreview</name>
    <message>
        <location filename="../../ui/slicing/preview.py" line="70"/>
        <source>Slice to see the layers here.</source>
        <translation>Découpez pour voir les couches ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Customers &amp; Fitting</source>
        <translation>Clients et ajustage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Customizer</source>
        <translation>Personnalisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Print Queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Lab report</source>
        <translation>Bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Heliofab</source>
        <translation>Heliofab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Help (F1)</source>
        <translation>Aide (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Printer: not connected</source>
        <translation>Imprimante&#xa0;: non connectée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <location filename="../../ui/main_window.py" line="169"/>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Battery: no reading</source>
        <translation>Batterie&#xa0;: aucun relevé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Printer: printing {job} {pct:.0f} %</source>
        <translation>Imprimante&#xa0;: impression de {job} {pct:.0f}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Printer: {state}</source>
        <translation>Imprimante&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source> (+{n} more)</source>
        <translation> (+{n} autres)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>, sun {w:.0f} W</source>
        <translation>, soleil {w:.0f} W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source> (old reading)</source>
        <translation> (relevé ancien)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Battery: {soc:.0f} %{pv}{stale}</source>
        <translation>Batterie&#xa0;: {soc:.0f}&#xa0;%{pv}{stale}</translation>
    </message>
</context>
<context>
    <name>MaterialProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="190"/>
        <source>Material: {0}</source>
        <translation>Matériau&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="195"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="227"/>
        <source>Saving material</source>
        <translation>Enregistrement du matériau</translation>
    </message>
</context>
<context>
    <name>PhotoClickView</name>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="82"/>
        <source>card 1</source>
        <translation>carte 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="83"/>
        <source>card 2</source>
        <translation>carte 2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="84"/>
        <source>card 3</source>
        <translation>carte 3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="85"/>
        <source>card 4</source>
        <translation>carte 4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="86"/>
        <source>pupil (image left)</source>
        <translation>pupille (gauche de l&apos;image)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="87"/>
        <source>pupil (image right)</source>
        <translation>pupille (droite de l&apos;image)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_clicks.py" line="88"/>
        <source>nose</source>
        <translation>nez</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="83"/>
        <source>Printer profile: {0}</source>
        <translation>Profil d&apos;imprimante&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="86"/>
        <source>Heated bed</source>
        <translation>Plateau chauffant</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="91"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="93"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="94"/>
        <source>Speeds</source>
        <translation>Vitesses</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="95"/>
        <source>Motion limits</source>
        <translation>Limites de mouvement</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="96"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="100"/>
        <source>Start G-code</source>
        <translation>G-code de début</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="101"/>
        <source>End G-code</source>
        <translation>G-code de fin</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="102"/>
        <source>G-code</source>
        <translation>G-code</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="107"/>
        <source>Shipped values</source>
        <translation>Valeurs d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="146"/>
        <source>Saving profile</source>
        <translation>Enregistrement du profil</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/profile_editor.py" line="158"/>
        <source>Resetting profile</source>
        <translation>Réinitialisation du profil</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <location filename="../../ui/screens/printers.py" line="52"/>
        <location filename="../../ui/screens/printers.py" line="504"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="62"/>
        <source>No printer connected</source>
        <translation>Aucune imprimante connectée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="63"/>
        <source>Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss.</source>
        <translation>Les imprimantes en USB sont pilotées directement depuis cet ordinateur, avec reprise après un câble débranché ou une coupure de courant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="64"/>
        <source>Plug a printer in, pick its port above and press Connect, or start the simulated printer to try things out.</source>
        <translation>Branchez une imprimante, choisissez son port ci-dessus et appuyez sur Connecter, ou lancez l&apos;imprimante simulée pour faire des essais.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="86"/>
        <source>Rescan ports</source>
        <translation>Rechercher les ports</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="87"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="88"/>
        <source>Start simulated printer</source>
        <translation>Lancer l&apos;imprimante simulée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="92"/>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="92"/>
        <source>Baud</source>
        <translation>Baud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="130"/>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="134"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="135"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="137"/>
        <source>hotend</source>
        <translation>buse</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="138"/>
        <source>bed</source>
        <translation>plateau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="148"/>
        <source>Set</source>
        <translation>Régler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="149"/>
        <source>Heaters off</source>
        <translation>Chauffe coupée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="152"/>
        <source>Hotend</source>
        <translation>Buse</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="152"/>
        <source>Bed</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="163"/>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="165"/>
        <source>No job running.</source>
        <translation>Aucun travail en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="171"/>
        <source>Print file…</source>
        <translation>Imprimer un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="172"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="173"/>
        <source>Pause at next layer</source>
        <translation>Pause à la couche suivante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="174"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="175"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="176"/>
        <source>Emergency stop</source>
        <translation>Arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="207"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="212"/>
        <source>Step (mm)</source>
        <translation>Pas (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="221"/>
        <source>Home all</source>
        <translation>Origine de tous les axes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="223"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="230"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="238"/>
        <source>G-code, e.g. M105</source>
        <translation>G-code, p. ex. M105</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="239"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="249"/>
        <source>Interrupted jobs</source>
        <translation>Travaux interrompus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Stopped at line</source>
        <translation>Ligne d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="255"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="261"/>
        <source>Resume on the selected port</source>
        <translation>Reprendre sur le port choisi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="262"/>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="298"/>
        <source> (simulated)</source>
        <translation> (simulée)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="310"/>
        <source>{port}: {state} — {firmware}. {message}</source>
        <translation>{port}&#xa0;: {state} — {firmware}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="311"/>
        <source>unknown firmware</source>
        <translation>firmware inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="316"/>
        <source>Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C</source>
        <translation>Buse {h:.1f} / {ht:.0f} °C   Plateau {b} / {bt} °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="324"/>
        <source>No temperature reported yet.</source>
        <translation>Aucune température reçue pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="333"/>
        <source>The printer asks: {text}</source>
        <translation>L&apos;imprimante demande&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="334"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="337"/>
        <source>Job {id}: {name}</source>
        <translation>Travail {id}&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="340"/>
        <source>Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left</source>
        <translation>Ligne {line} sur {total} · couche {layer} · {elapsed} écoulé · {left} restant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="345"/>
        <source>No job running. Print a checked G-code file, or dispatch one from the queue.</source>
        <translation>Aucun travail en cours. Imprimez un fichier G-code vérifié, ou envoyez-en un depuis la file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="371"/>
        <source>A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last confirmed line.</source>
        <translation>Un travail arrêté par un câble débranché, une réinitialisation de l&apos;imprimante, un plantage ou une coupure de courant peut reprendre à sa dernière ligne confirmée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="373"/>
        <source>No interrupted jobs.</source>
        <translation>Aucun travail interrompu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="405"/>
        <source>Pick a port first (plug the printer in and press Rescan ports).</source>
        <translation>Choisissez d&apos;abord un port (branchez l&apos;imprimante et appuyez sur Rechercher les ports).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="412"/>
        <source>Connecting to {port}</source>
        <translation>Connexion à {port}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="426"/>
        <source>Disconnecting</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>Print G-code</source>
        <translation>Imprimer du G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="458"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="467"/>
        <source>Checking and starting {name}</source>
        <translation>Vérification et lancement de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="484"/>
        <source>Pick the interrupted job and the printer&apos;s port first.</source>
        <translation>Choisissez d&apos;abord le travail interrompu et le port de l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/printers.py" line="491"/>
        <source>Resuming job {id}</source>
        <translation>Reprise du travail {id}</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="210"/>
        <source>Print Queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="212"/>
        <source>The queue is empty</source>
        <translation>La file est vide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="213"/>
        <source>Print jobs wait here; each is planned for when the sun and the battery can pay for it.</source>
        <translation>Les travaux d&apos;impression attendent ici&#xa0;; chacun est planifié pour le moment où le soleil et la batterie peuvent le payer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="214"/>
        <source>Slice a customized frame or a catalogue design to add a job.</source>
        <translation>Découpez une monture personnalisée ou un modèle du catalogue pour ajouter un travail.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="220"/>
        <source>Add a sliced G-code file…</source>
        <translation>Ajouter un fichier G-code découpé…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="230"/>
        <source>Re-plan now</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>2 days</source>
        <translation>2 jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="233"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="239"/>
        <source>Add G-code…</source>
        <translation>Ajouter du G-code…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="241"/>
        <source>Start and pause prints by themselves</source>
        <translation>Lancer et mettre en pause tout seul</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="243"/>
        <source>Starts planned prints on connected printers and pauses them safely when the battery runs low.</source>
        <translation>Lance les impressions planifiées sur les imprimantes connectées et les met en pause sans risque quand la batterie faiblit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="260"/>
        <source>Order (drag to reorder; first prints first)</source>
        <translation>Ordre (glisser pour réordonner&#xa0;; le premier s&apos;imprime en premier)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="271"/>
        <source>Let the planner choose again (unpin)</source>
        <translation>Laisser le planificateur rechoisir (désépingler)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="277"/>
        <source>Connected printers (connect one in the Printers area).</source>
        <translation>Imprimantes connectées (connectez-en une depuis l&apos;écran Imprimantes).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="278"/>
        <source>Print now…</source>
        <translation>Imprimer maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="280"/>
        <source>Start the chosen job now on the chosen printer, whatever the plan says.</source>
        <translation>Lance tout de suite le travail choisi sur l&apos;imprimante choisie, quel que soit le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="285"/>
        <source>No printer is printing.</source>
        <translation>Aucune imprimante n&apos;imprime.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="311"/>
        <source>Planning the print queue</source>
        <translation>Planification de la file d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="326"/>
        <source>{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.</source>
        <translation>{0} planifiés, {1} en attente. Batterie au plus bas {2:.0f}&#xa0;% (réserve {3:.0f}&#xa0;%)&#xa0;; {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="342"/>
        <source>printing now</source>
        <translation>en cours d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="344"/>
        <source>starts {time}</source>
        <translation>démarre {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="346"/>
        <source>not planned yet</source>
        <translation>pas encore planifié</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="363"/>
        <source>Why then: {reason}</source>
        <translation>Pourquoi à ce moment-là&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="381"/>
        <source>{port} ({state}{sim})</source>
        <translation>{port} ({state}{sim})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="382"/>
        <source>, simulated</source>
        <translation>, simulée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="393"/>
        <source>Choose a job and a connected printer first.</source>
        <translation>Choisissez d&apos;abord un travail et une imprimante connectée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="396"/>
        <source>Print now</source>
        <translation>Imprimer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="397"/>
        <source>Start job #{job} now on {port}? Check that the bed is clear and the filament loaded; the plan for the sun and the battery is not followed for this print.</source>
        <translation>Lancer le travail n°{job} maintenant sur {port}&#xa0;? Vérifiez que le plateau est dégagé et le filament chargé&#xa0;; le plan selon le soleil et la batterie n&apos;est pas suivi pour cette impression.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="407"/>
        <source>Starting job #{job} on {port}…</source>
        <translation>Lancement du travail n°{job} sur {port}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="415"/>
        <source>Starting the print</source>
        <translation>Lancement de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="423"/>
        <source>Job #{job} finished: {outcome}. {message}</source>
        <translation>Travail n°{job} terminé&#xa0;: {outcome}. {message}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="433"/>
        <source>, about {min:.0f} min left</source>
        <translation>, environ {min:.0f} min restantes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="435"/>
        <source>#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}</source>
        <translation>N°{job} {name} sur {port}&#xa0;: {pct:.0f}&#xa0;%, couche {layer}{remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="442"/>
        <source>Print ended. {results}</source>
        <translation>Impression terminée. {results}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="465"/>
        <source>Reordering</source>
        <translation>Réordonnancement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="471"/>
        <source>Pinning</source>
        <translation>Épinglage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="479"/>
        <source>Unpinning</source>
        <translation>Désépinglage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="484"/>
        <source>Queue a G-code file</source>
        <translation>Mettre un fichier G-code en file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="484"/>
        <source>G-code (*.gcode *.gco *.g)</source>
        <translation>G-code (*.gcode *.gco *.g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="489"/>
        <source>Analysing the G-code</source>
        <translation>Analyse du G-code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="496"/>
        <source>Prints start on their own at their planned time on connected printers.</source>
        <translation>Les impressions démarrent seules à l&apos;heure prévue sur les imprimantes connectées.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="514"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../ui/screens/report.py" line="29"/>
        <source>Lab report</source>
        <translation>Bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="33"/>
        <source>No finished prints yet</source>
        <translation>Pas encore d&apos;impression terminée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="34"/>
        <source>The report shows what the lab made each month and for each customer: filament, printing minutes, energy from the sun and from the battery, and material cost per item.</source>
        <translation>Le bilan montre ce que le labo a fabriqué chaque mois et pour chaque client&#xa0;: filament, minutes d&apos;impression, énergie venant du soleil et de la batterie, et coût matière par pièce.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="36"/>
        <source>It fills in by itself as print jobs complete.</source>
        <translation>Il se remplit tout seul à mesure que les travaux d&apos;impression se terminent.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="44"/>
        <source>Energy (Wh)</source>
        <translation>Énergie (Wh)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="45"/>
        <source>Energy per month: sun (yellow) and battery (grey)</source>
        <translation>Énergie par mois&#xa0;: soleil (jaune) et batterie (gris)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="49"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="50"/>
        <source>Per customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="57"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="71"/>
        <source>Building the lab report</source>
        <translation>Préparation du bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Period or customer</source>
        <translation>Période ou client</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Made</source>
        <translation>Fabriqués</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Failed</source>
        <translation>Ratés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="85"/>
        <source>Filament (g)</source>
        <translation>Filament (g)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Wh from sun</source>
        <translation>Wh du soleil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Wh from battery</source>
        <translation>Wh de la batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="86"/>
        <source>Cost per item</source>
        <translation>Coût par pièce</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="117"/>
        <source>Export the lab report</source>
        <translation>Exporter le bilan du labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/report.py" line="125"/>
        <source>Writing the lab report</source>
        <translation>Écriture du bilan du labo</translation>
    </message>
</context>
<context>
    <name>SlicingDialog</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="431"/>
        <source>Slice</source>
        <translation>Découper</translation>
    </message>
</context>
<context>
    <name>SlicingPanel</name>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="69"/>
        <location filename="../../ui/slicing/dialog.py" line="212"/>
        <source>No parts to slice yet.</source>
        <translation>Pas encore de pièces à découper.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="73"/>
        <location filename="../../ui/slicing/dialog.py" line="75"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="85"/>
        <source>Rear, lined up</source>
        <translation>Arrière, alignée</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="86"/>
        <source>Nearest, least travel</source>
        <translation>La plus proche, moins de déplacements</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="88"/>
        <source>Built-in slicer</source>
        <translation>Découpeur intégré</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="90"/>
        <source>PrusaSlicer</source>
        <translation>PrusaSlicer</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="91"/>
        <source>Slice</source>
        <translation>Découper</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="104"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="106"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="110"/>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="111"/>
        <source>Layer height</source>
        <translation>Hauteur de couche</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="112"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="113"/>
        <source>Infill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="114"/>
        <source>Skirt loops</source>
        <translation>Tours de jupe</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="115"/>
        <source>Seam</source>
        <translation>Couture</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="116"/>
        <source>Slicer</source>
        <translation>Découpeur</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="121"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="125"/>
        <source>Print time</source>
        <translation>Durée d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="126"/>
        <source>Heating up</source>
        <translation>Chauffe</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="127"/>
        <source>Filament</source>
        <translation>Filament</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="128"/>
        <source>Material cost</source>
        <translation>Coût matière</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="129"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="130"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="145"/>
        <source>Add to queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="162"/>
        <location filename="../../ui/slicing/dialog.py" line="343"/>
        <location filename="../../ui/slicing/dialog.py" line="365"/>
        <source>Layer —</source>
        <translation>Couche —</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="163"/>
        <source>Show travels</source>
        <translation>Afficher les déplacements</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="210"/>
        <source>{0} part(s): {1}</source>
        <translation>{0} pièce(s)&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="223"/>
        <source>Loading profiles</source>
        <translation>Chargement des profils</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="267"/>
        <source>Slicing…</source>
        <translation>Découpage…</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="269"/>
        <source>Slicing</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="277"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="300"/>
        <source>Sliced in {0:.1f} s. Safe to print.</source>
        <translation>Découpé en {0:.1f} s. Impression sans risque.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="302"/>
        <source>Sliced in {0:.1f} s after repairing {1}. Safe to print.</source>
        <translation>Découpé en {0:.1f} s après réparation de {1}. Impression sans risque.</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="309"/>
        <source>{0:.1f} g ({1:.2f} m)</source>
        <translation>{0:.1f} g ({1:.2f} m)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="313"/>
        <source>{0:.0f} Wh (peak {1:.0f} W)</source>
        <translation>{0:.0f} Wh (pic {1:.0f} W)</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="343"/>
        <source>Layer {0} of {1}</source>
        <translation>Couche {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/slicing/dialog.py" line="353"/>
        <source>Settings changed: slice again to see the estimate.</source>
        <translation>Réglages modifiés : découpez à nouveau pour voir l’estimation.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/screens/sync.py" line="37"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="43"/>
        <source>Look for sticks again</source>
        <translation>Rechercher les clés à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="44"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="53"/>
        <source>No USB stick found</source>
        <translation>Aucune clé USB trouvée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="54"/>
        <source>Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked.</source>
        <translation>Les catalogues voyagent entre labos sur des clés USB&#xa0;: seul ce qui a changé est copié, et chaque fichier est vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="55"/>
        <source>Insert a USB stick, or choose a folder, to export or import a catalogue.</source>
        <translation>Insérez une clé USB, ou choisissez un dossier, pour exporter ou importer un catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="63"/>
        <source>No stick or folder chosen.</source>
        <translation>Aucune clé ni dossier choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="68"/>
        <source>Check what&apos;s on it</source>
        <translation>Voir ce qu&apos;elle contient</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="69"/>
        <source>Import into this lab</source>
        <translation>Importer dans ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="70"/>
        <source>Export this lab&apos;s catalogue</source>
        <translation>Exporter le catalogue de ce labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="71"/>
        <source>Back up the whole lab</source>
        <translation>Sauvegarder tout le labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="72"/>
        <source>Trust this publisher…</source>
        <translation>Faire confiance à cet éditeur…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Design</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="85"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="95"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="115"/>
        <source>Looking for USB sticks</source>
        <translation>Recherche des clés USB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="122"/>
        <source>has a catalogue</source>
        <translation>contient un catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="124"/>
        <source>has a backup</source>
        <translation>contient une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="125"/>
        <source>{free:.1f} GB free</source>
        <translation>{free:.1f} GB libres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="138"/>
        <source>Choose the stick or folder</source>
        <translation>Choisir la clé ou le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="149"/>
        <source>It holds a catalogue.</source>
        <translation>Elle contient un catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="149"/>
        <source>No catalogue on it yet.</source>
        <translation>Pas encore de catalogue dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="150"/>
        <source>Chosen: {path}. {what}</source>
        <translation>Choisi&#xa0;: {path}. {what}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="188"/>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="205"/>
        <source>Cancelling… the stick keeps its previous complete catalogue.</source>
        <translation>Annulation… la clé garde son précédent catalogue complet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="224"/>
        <source>Checking {path}</source>
        <translation>Vérification de {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="239"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {older} older, {conflict} in conflict</source>
        <translation>{new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {older} plus anciens, {conflict} en conflit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="244"/>
        <source>Signed by {name}, a publisher this lab trusts ({fp}).</source>
        <translation>Signé par {name}, un éditeur auquel ce labo fait confiance ({fp}).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="246"/>
        <source>Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. Call that lab and compare the fingerprint before trusting it.</source>
        <translation>Signé par {name} ({fp}), pas encore reconnu ici&#xa0;: les modèles arrivent marqués comme tels. Appelez ce labo et comparez l&apos;empreinte avant de lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="249"/>
        <source>NOT signed: designs come in marked unsigned and never replace trusted ones.</source>
        <translation>NON signé&#xa0;: les modèles arrivent marqués non signés et ne remplacent jamais ceux de confiance.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="251"/>
        <source>an unnamed lab</source>
        <translation>un labo sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="260"/>
        <source>Importing from {path}</source>
        <translation>Import depuis {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="267"/>
        <source>Imported: </source>
        <translation>Importé&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="275"/>
        <source>Exporting to {path}</source>
        <translation>Export vers {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="283"/>
        <source>Another lab&apos;s catalogue</source>
        <translation>Catalogue d&apos;un autre labo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="284"/>
        <source>Replace it with this lab&apos;s catalogue anyway?</source>
        <translation>Le remplacer quand même par le catalogue de ce labo&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="295"/>
        <source>Exported {designs} designs: {copied} files copied, {skipped} already on the stick.</source>
        <translation>{designs} modèles exportés&#xa0;: {copied} fichiers copiés, {skipped} déjà sur la clé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="306"/>
        <source>Backing up to {path}</source>
        <translation>Sauvegarde vers {path}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="313"/>
        <source>Backed up and verified in {folder}. It holds customers&apos; data: keep the stick safe.</source>
        <translation>Sauvegardé et vérifié dans {folder}. La sauvegarde contient les données des clients&#xa0;: gardez la clé en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="320"/>
        <location filename="../../ui/screens/sync.py" line="325"/>
        <source>Trust a publisher</source>
        <translation>Faire confiance à un éditeur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="320"/>
        <source>The lab&apos;s name:</source>
        <translation>Le nom du labo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="326"/>
        <source>Type the fingerprint that lab reads to you over the phone (not the one shown here):</source>
        <translation>Tapez l&apos;empreinte que ce labo vous lit au téléphone (pas celle affichée ici)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="337"/>
        <source>Trusting a publisher</source>
        <translation>Ajout d&apos;un éditeur de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sync.py" line="340"/>
        <source>Not trusted</source>
        <translation>Pas de confiance</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../ui/tasks.py" line="27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/screens/queue.py" line="86"/>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="119"/>
        <source>sun</source>
        <translation>soleil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="136"/>
        <source>battery</source>
        <translation>batterie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/queue.py" line="170"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
</TS>
