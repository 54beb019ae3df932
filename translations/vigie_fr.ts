<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>vigie::AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="13" />
        <source>Vigie — city hypervision station</source>
        <translation>Vigie — station d’hypervision urbaine</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="16" />
        <source>City pack to open: a name (montpellier, paris, monaco) or a folder.</source>
        <translation>Ville à ouvrir : un nom (montpellier, paris, monaco) ou un dossier.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="17" />
        <source>SQLite database to use instead of the one in the user's data folder.</source>
        <translation>Base SQLite à utiliser à la place de celle du dossier de données de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="18" />
        <source>Interface language: fr or en.</source>
        <translation>Langue de l’interface : fr ou en.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="19" />
        <source>MQTT broker, as host or host:port.</source>
        <translation>Broker MQTT, sous la forme hôte ou hôte:port.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="20" />
        <source>MQTT client id (keep it stable: the broker keeps the session under it).</source>
        <translation>Identifiant client MQTT (à garder stable : le broker conserve la session sous cet identifiant).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="21" />
        <source>Topic filter to subscribe to (repeatable).</source>
        <translation>Filtre de topic auquel s’abonner (répétable).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="22" />
        <source>Do not connect to the broker: show the cached city only.</source>
        <translation>Ne pas se connecter au broker : afficher seulement la ville en cache.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="23" />
        <source>Forget the saved window layout.</source>
        <translation>Oublier la disposition enregistrée des fenêtres.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="24" />
        <source>Save a picture of the window to this PNG file, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="25" />
        <source>Seconds to wait before the screenshot (default 5).</source>
        <translation>Secondes à attendre avant la capture (5 par défaut).</translation>
    </message>
</context>
<context>
    <name>vigie::BrokerDialog</name>
    <message>
        <location filename="../app/brokerdialog.cpp" line="24" />
        <source>MQTT broker</source>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="32" />
        <source>One MQTT topic filter per line, for example vigie/montpellier/#</source>
        <translation>Un filtre de topic MQTT par ligne, par exemple vigie/montpellier/#</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="35" />
        <source>QoS 1 with the persistent session keeps messages sent while Vigie is closed.</source>
        <translation>La QoS 1 avec la session persistante conserve les messages envoyés pendant que Vigie est fermé.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="40" />
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="41" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="42" />
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="43" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="44" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="45" />
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="48" />
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
</context>
<context>
    <name>vigie::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="28" />
        <source>No history yet</source>
        <translation>Pas encore d’historique</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="44" />
        <source>Fill level (%)</source>
        <translation>Taux de remplissage (%)</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="45" />
        <source>Fill level</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="51" />
        <source>Power state</source>
        <translation>État d’alimentation</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="52" />
        <source>On (1) / off (0)</source>
        <translation>Allumé (1) / éteint (0)</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="70" />
        <source>Fault reported</source>
        <translation>Défaut signalé</translation>
    </message>
</context>
<context>
    <name>vigie::ImportReportDialog</name>
    <message>
        <location filename="../app/importreportdialog.cpp" line="14" />
        <source>Import report — %1</source>
        <translation>Rapport d’import — %1</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="19" />
        <source>Every feature of every layer was imported.</source>
        <translation>Tous les objets de toutes les couches ont été importés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importreportdialog.cpp" line="20" />
        <source>%n feature(s) could not be used and were skipped. The rest of the city was imported.</source>
        <translation>
            <numerusform>%n objet n’a pas pu être utilisé et a été écarté. Le reste de la ville a été importé.</numerusform><numerusform>%n objets n’ont pas pu être utilisés et ont été écartés. Le reste de la ville a été importé.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Feature</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="30" />
        <source>whole layer</source>
        <translation>couche entière</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="35" />
        <source>Data: %1. Details in %2/ATTRIBUTION.md.</source>
        <translation>Données : %1. Détails dans %2/ATTRIBUTION.md.</translation>
    </message>
</context>
<context>
    <name>vigie::IngestStatus</name>
    <message>
        <location filename="../app/ingeststatus.cpp" line="39" />
        <source>Messages refused by ingest, kept with their reason. Click to inspect them.</source>
        <translation>Messages refusés à l’ingestion, conservés avec leur motif. Cliquer pour les examiner.</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="40" />
        <location filename="../app/ingeststatus.cpp" line="71" />
        <source>%L1 msg/s</source>
        <translation>%L1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="57" />
        <source>Broker: not connected</source>
        <translation>Broker : non connecté</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="58" />
        <source>Broker: connecting…</source>
        <translation>Broker : connexion…</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="59" />
        <source>Broker: connected</source>
        <translation>Broker : connecté</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="60" />
        <source>Broker: connection lost, retrying</source>
        <translation>Broker : connexion perdue, nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="61" />
        <source>Broker: refused</source>
        <translation>Broker : refusé</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="62" />
        <source>Source finished</source>
        <translation>Source terminée</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="75" />
        <source>Quarantine: %L1</source>
        <translation>Quarantaine : %L1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="78" />
        <source>Last reason: %1</source>
        <translation>Dernier motif : %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="97" />
        <source>Storage problem: %1</source>
        <translation>Problème de stockage : %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="104" />
        <source>No message yet</source>
        <translation>Aucun message pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="109" />
        <source>Last message %1 (%2 s ago)</source>
        <translation>Dernier message %1 (il y a %2 s)</translation>
    </message>
</context>
<context>
    <name>vigie::InspectorPanel</name>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="64" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="73" />
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform><numerusform>il y a %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="75" />
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform><numerusform>il y a %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="77" />
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform><numerusform>il y a %n h</numerusform></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="101" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="102" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="103" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="104" />
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="105" />
        <source>Latest values</source>
        <translation>Dernières valeurs</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="106" />
        <source>Last seen</source>
        <translation>Dernier signe de vie</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118" />
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="169" />
        <source>&lt;b&gt;No asset selected&lt;/b&gt;&lt;br&gt;Click a marker on the map.</source>
        <translation>&lt;b&gt;Aucun équipement sélectionné&lt;/b&gt;&lt;br&gt;Cliquez sur un point de la carte.</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177" />
        <source>Street light</source>
        <translation>Point lumineux</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177" />
        <source>Waste container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="186" />
        <source>not given by the source</source>
        <translation>non fournie par la source</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="192" />
        <source>Fill level: %1 %</source>
        <translation>Remplissage : %1 %</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="194" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="196" />
        <source>Power: %1</source>
        <translation>Alimentation : %1</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="197" />
        <source>none received yet</source>
        <translation>aucune reçue pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="198" />
        <source>message received %1&lt;br&gt;observed %2</source>
        <translation>message reçu %1&lt;br&gt;mesure du %2</translation>
    </message>
</context>
<context>
    <name>vigie::LabelLayer</name>
    <message>
        <location filename="../gis/map/labellayer.cpp" line="47" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>vigie::LayerTreeModel</name>
    <message>
        <location filename="../gis/map/layertreemodel.cpp" line="119" />
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="48" />
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92" />
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97" />
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102" />
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112" />
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113" />
        <source>&amp;Open city</source>
        <translation>&amp;Ouvrir une ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="122" />
        <source>&amp;Import report…</source>
        <translation>Rapport d’&amp;import…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="124" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134" />
        <source>&amp;Whole city</source>
        <translation>Toute la &amp;ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143" />
        <source>&amp;Broker</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144" />
        <source>&amp;Receive live data</source>
        <translation>&amp;Recevoir les données en direct</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="145" />
        <source>Connect to the broker and receive live data (Ctrl+K); unchecked, the map shows the stored state only</source>
        <translation>Se connecter au broker et recevoir les données en direct (Ctrl+K) ; décoché, la carte montre seulement l’état enregistré</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="153" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154" />
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166" />
        <location filename="../app/mainwindow.cpp" line="201" />
        <source>Cannot open the city</source>
        <translation>Impossible d’ouvrir la ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175" />
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177" />
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181" />
        <source>Importing the city</source>
        <translation>Import de la ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182" />
        <source>Storing the city</source>
        <translation>Enregistrement de la ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183" />
        <source>Loading the city</source>
        <translation>Chargement de la ville</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="218" />
        <source>%n feature(s) skipped at import: see City › Import report.</source>
        <translation>
            <numerusform>%n objet écarté à l’import : voir Ville › Rapport d’import.</numerusform><numerusform>%n objets écartés à l’import : voir Ville › Rapport d’import.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="298" />
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="299" />
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Hypervision station for city public services: live sensor data over MQTT, cached in SQLite, on an interactive map.&lt;/p&gt;&lt;p&gt;Data of this city: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Station d’hypervision des services publics urbains : données des capteurs en direct par MQTT, mises en cache dans SQLite, sur une carte interactive.&lt;/p&gt;&lt;p&gt;Données de cette ville : %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vigie::MapCanvas</name>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="481" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="481" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>vigie::MqttSettings</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="30" />
        <source>The broker host is empty.</source>
        <translation>L’hôte du broker est vide.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="32" />
        <source>The broker port must be between 1 and 65535.</source>
        <translation>Le port du broker doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="34" />
        <source>A persistent session needs a client id.</source>
        <translation>Une session persistante demande un identifiant client.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="36" />
        <source>The client id is too long.</source>
        <translation>L’identifiant client est trop long.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="38" />
        <source>There is no topic to subscribe to.</source>
        <translation>Il n’y a aucun topic auquel s’abonner.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="43" />
        <source>"%1" is not a valid MQTT topic filter.</source>
        <translation>« %1 » n’est pas un filtre de topic MQTT valide.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="46" />
        <source>The QoS of "%1" must be 0, 1 or 2.</source>
        <translation>La QoS de « %1 » doit valoir 0, 1 ou 2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="49" />
        <source>The reconnection delays are inconsistent.</source>
        <translation>Les délais de reconnexion sont incohérents.</translation>
    </message>
</context>
<context>
    <name>vigie::QuarantinePanel</name>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="21" />
        <source>(empty payload)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="54" />
        <source>Select a message to see its payload as received.</source>
        <translation>Sélectionnez un message pour voir son contenu tel que reçu.</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="133" />
        <source>Message %1 · %2 bytes · %3

%4</source>
        <translation>Message %1 · %2 octets · %3

%4</translation>
    </message>
</context>
<context>
    <name>vigie::symbology</name>
    <message>
        <location filename="../gis/map/symbology.cpp" line="43" />
        <source>Out of order</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="44" />
        <source>Incident (lid, fire, moved…)</source>
        <translation>Incident (couvercle, feu, déplacement…)</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="46" />
        <source>Full</source>
        <translation>Plein</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="47" />
        <source>Nearly full</source>
        <translation>Presque plein</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="48" />
        <source>Silent sensor</source>
        <translation>Capteur muet</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="49" />
        <source>Lit</source>
        <translation>Allumé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="50" />
        <source>Switched off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="52" />
        <location filename="../gis/map/symbology.cpp" line="64" />
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="53" />
        <source>Below threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="55" />
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="65" />
        <source>Defective lamp</source>
        <translation>Lampe défectueuse</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="66" />
        <source>Column problem</source>
        <translation>Problème de mât</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="67" />
        <source>Broken lantern</source>
        <translation>Lanterne cassée</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="68" />
        <source>On</source>
        <translation>Allumé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="69" />
        <source>Off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="70" />
        <source>Dimmed</source>
        <translation>Abaissé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="71" />
        <source>Starting up</source>
        <translation>En démarrage</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="74" />
        <source>OK</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="75" />
        <source>Lid open</source>
        <translation>Couvercle ouvert</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="76" />
        <source>Knocked over</source>
        <translation>Renversé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="77" />
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="78" />
        <source>Vandalised</source>
        <translation>Vandalisé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="79" />
        <source>On fire</source>
        <translation>En feu</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="80" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
</TS>