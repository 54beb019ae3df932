<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AlarmEngine</name>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="639"/>
        <source>cabinet %1</source>
        <translation>armoire %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="641"/>
        <source>street %1</source>
        <translation>voie %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="643"/>
        <source>district %1</source>
        <translation>quartier %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="645"/>
        <source>whole city</source>
        <translation>toute la ville</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/alarms/alarmengine.cpp" line="660"/>
        <source>%n light(s), %1</source>
        <translation>
            <numerusform>%n lampadaire, %1</numerusform>
            <numerusform>%n lampadaires, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/alarms/alarmengine.cpp" line="662"/>
        <source>%n container(s), %1</source>
        <translation>
            <numerusform>%n conteneur, %1</numerusform>
            <numerusform>%n conteneurs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/alarms/alarmengine.cpp" line="664"/>
        <source>%n alarm(s), %1</source>
        <translation>
            <numerusform>%n alarme, %1</numerusform>
            <numerusform>%n alarmes, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineReason</name>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="19"/>
        <source>Empty message</source>
        <translation>Message vide</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="20"/>
        <source>Not UTF-8 text</source>
        <translation>Texte non UTF-8</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="21"/>
        <source>Not JSON</source>
        <translation>Pas du JSON</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="22"/>
        <source>Message too large</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="23"/>
        <source>Not an entity</source>
        <translation>Pas une entité</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="24"/>
        <source>No identifier</source>
        <translation>Sans identifiant</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="25"/>
        <source>No entity type</source>
        <translation>Sans type d’entité</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="26"/>
        <source>Unsupported data model</source>
        <translation>Modèle de données non pris en charge</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="27"/>
        <source>Invalid value</source>
        <translation>Valeur invalide</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="28"/>
        <source>Value out of range</source>
        <translation>Valeur hors plage</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="29"/>
        <source>Invalid time</source>
        <translation>Horodatage invalide</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="30"/>
        <source>Local time skipped by the clock change</source>
        <translation>Heure locale sautée au changement d’heure</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="31"/>
        <source>Unknown asset</source>
        <translation>Équipement inconnu</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="32"/>
        <source>Asset of another kind</source>
        <translation>Équipement d’un autre type</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="33"/>
        <source>Device not bound to an asset</source>
        <translation>Capteur non rattaché à un équipement</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="34"/>
        <source>No subscription for this topic</source>
        <translation>Aucun abonnement pour ce topic</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="35"/>
        <source>Not an uplink</source>
        <translation>Pas une remontée (uplink)</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="36"/>
        <source>Unsupported network event</source>
        <translation>Événement réseau non pris en charge</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="37"/>
        <source>Network server log</source>
        <translation>Journal du serveur réseau</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="38"/>
        <source>Missing field</source>
        <translation>Champ manquant</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="39"/>
        <source>No DevEUI</source>
        <translation>Sans DevEUI</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="40"/>
        <source>Invalid DevEUI</source>
        <translation>DevEUI invalide</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="41"/>
        <source>Topic and body name different devices</source>
        <translation>Le topic et le message nomment des capteurs différents</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="42"/>
        <source>Invalid base64 payload</source>
        <translation>Charge utile base64 invalide</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="43"/>
        <source>No codec for this device</source>
        <translation>Aucun décodeur pour ce capteur</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="44"/>
        <source>Unexpected LoRaWAN port</source>
        <translation>Port LoRaWAN inattendu</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="45"/>
        <source>Truncated frame</source>
        <translation>Trame tronquée</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="46"/>
        <source>Unknown channel</source>
        <translation>Canal inconnu</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="47"/>
        <source>Invalid frame</source>
        <translation>Trame invalide</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="48"/>
        <source>Unknown frame type</source>
        <translation>Type de trame inconnu</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="50"/>
        <source>Citizen report of a service the city lacks</source>
        <translation>Signalement d’un service que la ville n’offre pas</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="51"/>
        <source>Citizen report without a place</source>
        <translation>Signalement sans lieu</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="52"/>
        <source>Citizen report with impossible coordinates</source>
        <translation>Signalement aux coordonnées impossibles</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="53"/>
        <source>Citizen report text too long</source>
        <translation>Signalement au texte trop long</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="54"/>
        <source>Citizen report with an invalid photo link</source>
        <translation>Signalement avec un lien de photo invalide</translation>
    </message>
</context>
<context>
    <name>SessionFileWriter</name>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="29"/>
        <source>A session file is already open: %1.</source>
        <translation>Un fichier de session est déjà ouvert : %1.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="40"/>
        <source>Cannot create the session file %1: %2.</source>
        <translation>Impossible de créer le fichier de session %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="46"/>
        <source>Cannot write the session file %1: %2.</source>
        <translation>Impossible d’écrire le fichier de session %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="63"/>
        <location filename="../core/recording/sessionfilewriter.cpp" line="80"/>
        <location filename="../core/recording/sessionfilewriter.cpp" line="135"/>
        <location filename="../core/recording/sessionfilewriter.cpp" line="146"/>
        <source>No session file is open.</source>
        <translation>Aucun fichier de session n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="67"/>
        <source>A record of %1 bytes could not be recorded.</source>
        <translation>Un enregistrement de %1 octets n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="89"/>
        <source>The buffered records could not be indexed.</source>
        <translation>Les enregistrements en attente n’ont pas pu être indexés.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="116"/>
        <source>Cannot write to the session file %1: %2.</source>
        <translation>Impossible d’écrire dans le fichier de session %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="139"/>
        <source>Cannot save the session file %1 to disk: %2.</source>
        <translation>Impossible d’enregistrer le fichier de session %1 sur le disque : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="151"/>
        <source>Cannot write the index of the session file %1: %2.</source>
        <translation>Impossible d’écrire l’index du fichier de session %1 : %2.</translation>
    </message>
</context>
<context>
    <name>SessionReader</name>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="54"/>
        <location filename="../core/recording/sessionexport.cpp" line="106"/>
        <location filename="../core/recording/sessionreader.cpp" line="408"/>
        <location filename="../core/recording/sessionreader.cpp" line="438"/>
        <location filename="../core/recording/sessionreader.cpp" line="450"/>
        <source>No session is open.</source>
        <translation>Aucune session n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="56"/>
        <location filename="../core/recording/sessionexport.cpp" line="108"/>
        <source>The window to export ends before it starts.</source>
        <translation>La période à exporter finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="58"/>
        <source>A session cannot be exported onto itself.</source>
        <translation>Une session ne peut pas être exportée sur elle-même.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="123"/>
        <source>Cannot create the file %1: %2.</source>
        <translation>Impossible de créer le fichier %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="133"/>
        <source>Cannot write the file %1: %2.</source>
        <translation>Impossible d’écrire le fichier %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="24"/>
        <source>The session was not closed (crash, power cut or still recording): its chunks were found by scanning the file.</source>
        <translation>La session n’a pas été fermée (plantage, coupure de courant ou enregistrement en cours) : ses blocs ont été retrouvés en parcourant le fichier.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="27"/>
        <source>The index of the session at byte %1 is damaged: the chunks were found by scanning the file.</source>
        <translation>L’index de la session à l’octet %1 est endommagé : les blocs ont été retrouvés en parcourant le fichier.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="30"/>
        <source>The session header is damaged (%1 bytes): the city and metadata are unknown.</source>
        <translation>L’en-tête de la session est endommagé (%1 octets) : la ville et les métadonnées sont inconnues.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="33"/>
        <source>%1 zero bytes at byte %2 (typically a power cut): nothing there could be read.</source>
        <translation>%1 octets nuls à l’octet %2 (typique d’une coupure de courant) : rien n’a pu y être lu.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="36"/>
        <source>The chunk at byte %1 (%2 bytes) is corrupted: its records are lost.</source>
        <translation>Le bloc à l’octet %1 (%2 octets) est corrompu : ses enregistrements sont perdus.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="38"/>
        <source>The file ends inside a chunk at byte %1: its last %2 bytes are lost.</source>
        <translation>Le fichier s’arrête au milieu d’un bloc à l’octet %1 : ses %2 derniers octets sont perdus.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="39"/>
        <source>%1 unreadable bytes at byte %2.</source>
        <translation>%1 octets illisibles à l’octet %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="134"/>
        <source>The session %1 does not exist.</source>
        <translation>La session %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="136"/>
        <source>Cannot open the session %1: %2.</source>
        <translation>Impossible d’ouvrir la session %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="140"/>
        <source>The session file %1 is empty.</source>
        <translation>Le fichier de session %1 est vide.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="157"/>
        <source>The session %1 was written by a newer Vigie (format %2); this one reads format %3.</source>
        <translation>La session %1 a été écrite par un Vigie plus récent (format %2) ; celui-ci lit le format %3.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="179"/>
        <source>%1 is not a Vigie session, or nothing in it can be read.</source>
        <translation>%1 n’est pas une session Vigie, ou rien n’y est lisible.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="338"/>
        <location filename="../core/recording/sessionreader.cpp" line="352"/>
        <source>There is no such keyframe in this session.</source>
        <translation>Cette session n’a pas cette image clé.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="342"/>
        <source>The keyframe at %1 is in a damaged part of the session.</source>
        <translation>L’image clé de %1 est dans une partie endommagée de la session.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="420"/>
        <source>The markers of the session %1 are damaged; repair the session to rebuild them.</source>
        <translation>Les repères de la session %1 sont endommagés ; réparez la session pour les reconstruire.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="452"/>
        <source>The session %1 is open read-only.</source>
        <translation>La session %1 est ouverte en lecture seule.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="454"/>
        <source>The index of the session %1 is intact.</source>
        <translation>L’index de la session %1 est intact.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="471"/>
        <source>Cannot write the new index of the session %1: %2.</source>
        <translation>Impossible d’écrire le nouvel index de la session %1 : %2.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <location filename="../core/recording/sessionrecorder.cpp" line="76"/>
        <source>The session recorder is already running.</source>
        <translation>L’enregistreur de session tourne déjà.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionrecorder.cpp" line="79"/>
        <source>Cannot create the session folder %1.</source>
        <translation>Impossible de créer le dossier de sessions %1.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionrecorder.cpp" line="214"/>
        <source>The session recorder is not running.</source>
        <translation>L’enregistreur de session ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>vigie</name>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="67"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="67"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="88"/>
        <source>Street lights</source>
        <translation>Éclairage public</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="88"/>
        <source>Waste containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="33"/>
        <location filename="../app/workordersheet.cpp" line="172"/>
        <source>Work order #%1</source>
        <translation>Bon d’intervention n° %1</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="38"/>
        <location filename="../app/workordersheet.cpp" line="127"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="39"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="40"/>
        <source>Crew</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="40"/>
        <source>not assigned</source>
        <translation>non affectée</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="41"/>
        <location filename="../app/workordersheet.cpp" line="127"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="43"/>
        <source>Position (WGS 84)</source>
        <translation>Position (WGS 84)</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="44"/>
        <location filename="../app/workordersheet.cpp" line="127"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="45"/>
        <source>Priority score</source>
        <translation>Score de priorité</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="46"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="48"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="49"/>
        <source>Assets</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="54"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="93"/>
        <source>Crew: name, date and signature</source>
        <translation>Équipe : nom, date et signature</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="93"/>
        <source>Supervisor: name, date and signature</source>
        <translation>Superviseur : nom, date et signature</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="119"/>
        <source>Notes from the field</source>
        <translation>Observations du terrain</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="126"/>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="127"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmDock</name>
    <message>
        <location filename="../app/alarmdock.cpp" line="40"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="51"/>
        <source>Shel&amp;ved and out of service</source>
        <translation>En attente et hors ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="52"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="53"/>
        <source>Acknowledge &amp;page</source>
        <translation>Acquitter la &amp;page</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="54"/>
        <source>&amp;Shelve…</source>
        <translation>Mettre en a&amp;ttente…</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="55"/>
        <source>&amp;Unshelve</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="56"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Commenter…</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="57"/>
        <source>&amp;Remove from service…</source>
        <translation>Mettre &amp;hors service…</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="58"/>
        <source>Re&amp;turn to service</source>
        <translation>Remettre en ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="66"/>
        <source>Acknowledge the selected alarms; a group acknowledges its alarms too (F4)</source>
        <translation>Acquitter les alarmes sélectionnées ; un groupe acquitte aussi ses alarmes (F4)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="69"/>
        <source>Acknowledge every unacknowledged alarm visible in the list (Shift+F4)</source>
        <translation>Acquitter toutes les alarmes non acquittées visibles dans la liste (Maj+F4)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="72"/>
        <source>Take the selected alarms out of the list for a while, with a reason (F6)</source>
        <translation>Retirer un temps les alarmes sélectionnées de la liste, avec un motif (F6)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="75"/>
        <source>Bring the selected shelved alarms back now (Shift+F6)</source>
        <translation>Faire revenir maintenant les alarmes en attente sélectionnées (Maj+F6)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="78"/>
        <source>Add a comment to the current alarm&apos;s log (F7)</source>
        <translation>Ajouter un commentaire au journal de l’alarme courante (F7)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="81"/>
        <source>Remove the selected alarms from service, e.g. during maintenance, with a reason (F8)</source>
        <translation>Mettre hors service les alarmes sélectionnées, par exemple pendant une maintenance, avec un motif (F8)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="84"/>
        <source>Put the selected alarms back in service (Shift+F8)</source>
        <translation>Remettre en service les alarmes sélectionnées (Maj+F8)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="224"/>
        <source>All priorities</source>
        <translation>Toutes priorités</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="226"/>
        <source>Urgent and high</source>
        <translation>Urgente et haute</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="231"/>
        <source>All kinds</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="236"/>
        <source>All districts</source>
        <translation>Tous quartiers</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="240"/>
        <source>All states</source>
        <translation>Tous états</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="241"/>
        <source>To acknowledge</source>
        <translation>À acquitter</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="247"/>
        <source>Search asset, address, district, condition… (Ctrl+F)</source>
        <translation>Chercher équipement, adresse, quartier, condition… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="250"/>
        <source>Also list shelved, suppressed-by-design and out-of-service alarms</source>
        <translation>Lister aussi les alarmes en attente, supprimées par conception et hors service</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="406"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarme</numerusform>
            <numerusform>%n alarmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="407"/>
        <source>%n to acknowledge</source>
        <translation>
            <numerusform>%n à acquitter</numerusform>
            <numerusform>%n à acquitter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="409"/>
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgente</numerusform>
            <numerusform>%n urgentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="411"/>
        <source>filtered: %n line(s) shown</source>
        <translation>
            <numerusform>filtré : %n ligne affichée</numerusform>
            <numerusform>filtré : %n lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="419"/>
        <source>&lt;p&gt;Select an alarm to see what it means and what to do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F4&lt;/b&gt; acknowledge · &lt;b&gt;Shift+F4&lt;/b&gt; acknowledge page · &lt;b&gt;F6&lt;/b&gt; shelve · &lt;b&gt;F7&lt;/b&gt; comment · &lt;b&gt;F8&lt;/b&gt; remove from service · &lt;b&gt;Enter&lt;/b&gt; show on the map&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une alarme pour voir ce qu’elle signifie et que faire.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F4&lt;/b&gt; acquitter · &lt;b&gt;Maj+F4&lt;/b&gt; acquitter la page · &lt;b&gt;F6&lt;/b&gt; mettre en attente · &lt;b&gt;F7&lt;/b&gt; commenter · &lt;b&gt;F8&lt;/b&gt; mettre hors service · &lt;b&gt;Entrée&lt;/b&gt; voir sur la carte&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="435"/>
        <source>Condition present</source>
        <translation>Condition présente</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="435"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="435"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="437"/>
        <source>First activation</source>
        <translation>Première activation</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="439"/>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="440"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="442"/>
        <source>Shelved until</source>
        <translation>En attente jusqu’à</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="443"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="446"/>
        <source>Suppressed by</source>
        <translation>Supprimée par</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="448"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="448"/>
        <source>assigned</source>
        <translation>affectée</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="450"/>
        <source>Asset id</source>
        <translation>Identifiant de l’équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="454"/>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="456"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="460"/>
        <source>%n grouped alarm(s) listed</source>
        <translation>
            <numerusform>%n alarme groupée listée</numerusform>
            <numerusform>%n alarmes groupées listées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="512"/>
        <source>Comment on the alarm</source>
        <translation>Commenter l’alarme</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="512"/>
        <source>Your comment is added to the alarm&apos;s log, with your name and the time:</source>
        <translation>Votre commentaire est ajouté au journal de l’alarme, avec votre nom et l’heure :</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="524"/>
        <source>Remove %n alarm(s) from service</source>
        <translation>
            <numerusform>Mettre %n alarme hors service</numerusform>
            <numerusform>Mettre %n alarmes hors service</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="525"/>
        <source>Out of service, an alarm is not raised until it is put back in service. Why (maintenance, works…)?</source>
        <translation>Hors service, une alarme n’est plus levée jusqu’à sa remise en service. Pourquoi (maintenance, travaux…) ?</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmKpiDock</name>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="41"/>
        <source>Alarm KPIs</source>
        <translation>Indicateurs d’alarmes</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="50"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="53"/>
        <source>Compute the alarm figures again (F5); they refresh every 30 s while shown</source>
        <translation>Recalculer les indicateurs d’alarmes (F5) ; ils s’actualisent toutes les 30 s tant qu’ils sont affichés</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="67"/>
        <source>Average per 10 min (24 h):</source>
        <translation>Moyenne par 10 min (24 h) :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="68"/>
        <source>Peak per 10 min:</source>
        <translation>Pointe par 10 min :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="69"/>
        <source>10-min periods in flood:</source>
        <translation>Périodes de 10 min en avalanche :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="70"/>
        <source>Standing alarms:</source>
        <translation>Alarmes persistantes :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="71"/>
        <source>Stale alarms (active &gt; 24 h):</source>
        <translation>Alarmes anciennes (actives &gt; 24 h) :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="72"/>
        <source>Chattering alarms (≥ 3 in 1 min):</source>
        <translation>Alarmes intermittentes (≥ 3 en 1 min) :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="73"/>
        <source>Unacknowledged:</source>
        <translation>Non acquittées :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="74"/>
        <source>Shelved:</source>
        <translation>Mises en attente :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="75"/>
        <source>Suppressed by design:</source>
        <translation>Supprimées par conception :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="76"/>
        <source>Out of service:</source>
        <translation>Hors service :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="77"/>
        <source>Share of the 10 most frequent:</source>
        <translation>Part des 10 plus fréquentes :</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="95"/>
        <source>The 10 alarms activated most often over the last 24 hours</source>
        <translation>Les 10 alarmes les plus souvent activées ces dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="112"/>
        <source>Alarms per 10 minutes, last 24 hours</source>
        <translation>Alarmes par 10 minutes, dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="116"/>
        <source>Alarms reaching the operator</source>
        <translation>Alarmes présentées à l’opérateur</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="121"/>
        <source>EEMUA 191: 1 per 10 min, very likely acceptable</source>
        <translation>EEMUA 191 : 1 par 10 min, très probablement acceptable</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="122"/>
        <source>EEMUA 191: 2 per 10 min, manageable</source>
        <translation>EEMUA 191 : 2 par 10 min, gérable</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="123"/>
        <source>Flood: 10 per 10 min</source>
        <translation>Avalanche : 10 par 10 min</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="129"/>
        <source>10-minute periods, oldest left, now at right</source>
        <translation>Périodes de 10 minutes, la plus ancienne à gauche, maintenant à droite</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="194"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="207"/>
        <source>Figures unavailable</source>
        <translation>Indicateurs indisponibles</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="214"/>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="256"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmListModel</name>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="26"/>
        <source>District %1</source>
        <translation>Quartier %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="28"/>
        <source>Control cabinet %1</source>
        <translation>Armoire de commande %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="35"/>
        <source>Street light</source>
        <translation>Lampadaire</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="36"/>
        <source>Waste container</source>
        <translation>Conteneur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmlistmodel.cpp" line="177"/>
        <source>%1 (%n alarm(s))</source>
        <translation>
            <numerusform>%1 (%n alarme)</numerusform>
            <numerusform>%1 (%n alarmes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="179"/>
        <source>Roadworks %1</source>
        <translation>Travaux %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="190"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="191"/>
        <source>Unacknowledged</source>
        <translation>Non acquittée</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="192"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="193"/>
        <source>Returned to normal, unacknowledged</source>
        <translation>Retour normal non acquitté</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="194"/>
        <source>Shelved</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="195"/>
        <source>Suppressed by design</source>
        <translation>Supprimée par conception</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="196"/>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="204"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="205"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="206"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="207"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="215"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="216"/>
        <source>Reported fault</source>
        <translation>Défaut signalé</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="217"/>
        <source>Day/night</source>
        <translation>Jour/nuit</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="218"/>
        <source>Communication loss</source>
        <translation>Perte de communication</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="219"/>
        <source>Battery low</source>
        <translation>Batterie faible</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="220"/>
        <source>Rate of change</source>
        <translation>Variation anormale</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="221"/>
        <source>Invalid readings</source>
        <translation>Mesures invalides</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="222"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="223"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="557"/>
        <source>Shelved until %1</source>
        <translation>En attente jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="601"/>
        <source>Consequence:</source>
        <translation>Conséquence :</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="603"/>
        <source>Response:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="606"/>
        <source>Shelved: %1</source>
        <translation>Mise en attente : %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="627"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="628"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="629"/>
        <source>Last activation</source>
        <translation>Dernière activation</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="630"/>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="631"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="632"/>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="633"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="634"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmRuleDialog</name>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="61"/>
        <source>Add asset &amp;override…</source>
        <translation>Ajouter une &amp;exception pour un équipement…</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="66"/>
        <source>Alarm rules</source>
        <translation>Règles d’alarme</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="78"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="79"/>
        <source>A copy of the selected rule for one asset only; it replaces the rule for that asset</source>
        <translation>Une copie de la règle sélectionnée pour un seul équipement ; elle remplace la règle pour cet équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="122"/>
        <source>new.rule</source>
        <translation>nouvelle.regle</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="137"/>
        <source>Select the rule to override first.</source>
        <translation>Sélectionnez d’abord la règle à remplacer.</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="150"/>
        <source>No asset &quot;%1&quot; in this city.</source>
        <translation>Aucun équipement « %1 » dans cette ville.</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="155"/>
        <source>&quot;%1&quot; is not a %2: the rule does not apply to it.</source>
        <translation>« %1 » n’est pas un %2 : la règle ne s’y applique pas.</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="170"/>
        <source>Asset override</source>
        <translation>Exception pour un équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="171"/>
        <source>Asset id (URN) or inventory reference of the asset this rule applies to:</source>
        <translation>Identifiant (URN) ou référence d’inventaire de l’équipement auquel cette règle s’applique :</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmRuleModel</name>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="33"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="34"/>
        <source>State code</source>
        <translation>Code d’état</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="35"/>
        <source>Day/night</source>
        <translation>Jour/nuit</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="36"/>
        <source>Communication loss</source>
        <translation>Perte de communication</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="37"/>
        <source>Battery low</source>
        <translation>Batterie faible</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="38"/>
        <source>Rate of change</source>
        <translation>Variation rapide</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="39"/>
        <source>Invalid readings</source>
        <translation>Mesures invalides</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="48"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="49"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="50"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="51"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="136"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="137"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="207"/>
        <location filename="../app/alarmrulemodel.cpp" line="315"/>
        <source>Above</source>
        <translation>Au-dessus</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="207"/>
        <location filename="../app/alarmrulemodel.cpp" line="315"/>
        <source>Below</source>
        <translation>En dessous</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="219"/>
        <source>The rule needs a key.</source>
        <translation>La règle doit avoir une clé.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="221"/>
        <source>Delays cannot be negative.</source>
        <translation>Les délais ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="224"/>
        <source>The rule needs a quantity.</source>
        <translation>La règle doit porter sur une grandeur.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="226"/>
        <source>The deadband cannot be negative.</source>
        <translation>La bande morte ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="233"/>
        <source>The deadband crosses zero: the alarm would clear only beyond %1.</source>
        <translation>La bande morte franchit zéro : l’alarme ne disparaîtrait qu’au-delà de %1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="235"/>
        <source>The deadband puts the clearing level outside 0–1.</source>
        <translation>La bande morte place le niveau de retour hors de 0–1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="238"/>
        <source>A fill or battery setpoint is a ratio within 0–1 (0.8 = 80 %).</source>
        <translation>Un seuil de remplissage ou de batterie est un taux entre 0 et 1 (0,8 = 80 %).</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="240"/>
        <source>The change must be greater than zero.</source>
        <translation>La variation doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="244"/>
        <source>A state code rule needs at least one code.</source>
        <translation>Une règle de code d’état demande au moins un code.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="247"/>
        <source>&quot;%1&quot; is not a %2 %3 value (%4).</source>
        <translation>« %1 » n’est pas une valeur de %3 pour %2 (%4).</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="253"/>
        <source>The period factor must be greater than 1.</source>
        <translation>Le facteur de période doit être supérieur à 1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="255"/>
        <source>The window must be longer than zero.</source>
        <translation>La fenêtre doit être plus longue que zéro.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="257"/>
        <source>The window cannot be negative.</source>
        <translation>La fenêtre ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="259"/>
        <source>The count must be at least 1.</source>
        <translation>Le nombre doit être au moins 1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="270"/>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="273"/>
        <source>Rule %1: same key as rule %2 for the same assets.</source>
        <translation>Règle %1 : même clé que la règle %2 pour les mêmes équipements.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="311"/>
        <source>every asset</source>
        <translation>tous les équipements</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="448"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="449"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="450"/>
        <source>Asset kind</source>
        <translation>Type d’équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="451"/>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="452"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="453"/>
        <source>Setpoint</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="454"/>
        <source>Deadband</source>
        <translation>Bande morte</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="455"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="456"/>
        <source>On delay (min)</source>
        <translation>Délai d’activation (min)</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="457"/>
        <source>Off delay (min)</source>
        <translation>Délai de retour (min)</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="458"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="459"/>
        <source>Period factor</source>
        <translation>Facteur de période</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="460"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="461"/>
        <source>Window (min)</source>
        <translation>Fenêtre (min)</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="462"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="463"/>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="464"/>
        <source>Response</source>
        <translation>Action attendue</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="465"/>
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmService</name>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="108"/>
        <source>The rules were not saved: rule &quot;%1&quot; is missing a name or given twice.</source>
        <translation>Les règles n’ont pas été enregistrées : la règle « %1 » n’a pas de nom ou figure deux fois.</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="195"/>
        <source>Alarms are off: cannot read %1 (%2).</source>
        <translation>Alarmes désactivées : impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="207"/>
        <source>Alarms are off: cannot load them from %1 (%2).</source>
        <translation>Alarmes désactivées : impossible de les charger depuis %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="240"/>
        <source>rule no longer applies</source>
        <translation>la règle ne s’applique plus</translation>
    </message>
</context>
<context>
    <name>vigie::AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="64"/>
        <source>Vigie — city hypervision station</source>
        <translation>Vigie — station d’hypervision urbaine</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="67"/>
        <source>City pack to open: a name (montpellier, paris, monaco) or a folder.</source>
        <translation>Ville à ouvrir : un nom (montpellier, paris, monaco) ou un dossier.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="68"/>
        <source>SQLite database to use instead of the one in the user&apos;s data folder.</source>
        <translation>Base SQLite à utiliser à la place de celle du dossier de données de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="69"/>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l’interface : fr ou en.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="70"/>
        <source>MQTT broker, as host or host:port.</source>
        <translation>Broker MQTT, sous la forme hôte ou hôte:port.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="71"/>
        <source>MQTT client id (keep it stable: the broker keeps the session under it).</source>
        <translation>Identifiant client MQTT (à garder stable : le broker conserve la session sous cet identifiant).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="72"/>
        <source>Topic filter to subscribe to, and how to decode it (repeatable): FORMAT is fiware (default), ttn or chirpstack (optionally with a LoRaWAN codec, e.g. ttn:dingtek-df703), or json with its mapping file (json:mapping.yaml).</source>
        <translation>Filtre de topic auquel s’abonner, et comment le décoder (répétable) : FORMAT vaut fiware (par défaut), ttn ou chirpstack (avec éventuellement un codec LoRaWAN, p. ex. ttn:dingtek-df703), ou json avec son fichier de correspondance (json:mapping.yaml).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="77"/>
        <source>Review a recorded session file, read-only and without any broker: its timeline, and the map, alarms and interventions as they were at the playhead.</source>
        <translation>Revoir un fichier de session enregistré, en lecture seule et sans broker : sa frise chronologique, ainsi que la carte, les alarmes et les interventions telles qu&apos;elles étaient à la tête de lecture.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="78"/>
        <source>Run without a window (with --open311: a city&apos;s Open311 server).</source>
        <translation>Fonctionner sans fenêtre (avec --open311 : le serveur Open311 d&apos;une ville).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="79"/>
        <source>Serve the Open311 GeoReport v2 endpoint on this TCP port.</source>
        <translation>Servir le point d&apos;accès Open311 GeoReport v2 sur ce port TCP.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="80"/>
        <source>Address the Open311 endpoint listens on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute du point d&apos;accès Open311 (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="81"/>
        <source>Register this Open311 API key (repeatable).</source>
        <translation>Enregistrer cette clé API Open311 (répétable).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="82"/>
        <source>Turn every group of citizen reports reaching N residents into an intervention and dispatch it, without the supervisor (unattended demos).</source>
        <translation>Transformer chaque groupe de signalements atteignant N habitants en intervention et l’envoyer, sans superviseur (démonstrations sans opérateur).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="106"/>
        <source>--broker: the host is missing in &quot;%1&quot; (expected host or host:port)</source>
        <translation>--broker : l’hôte manque dans « %1 » (attendu : hôte ou hôte:port)</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="151"/>
        <source>--review: no session file %1</source>
        <translation>--review : aucun fichier de session %1</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="155"/>
        <source>--review cannot be combined with --%1: a review opens the session&apos;s city, without any broker</source>
        <translation>--review ne peut pas être combiné avec --%1 : une revue ouvre la ville de la session, sans aucun broker</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="73"/>
        <source>Do not connect to the broker: show the cached city only.</source>
        <translation>Ne pas se connecter au broker : afficher seulement la ville en cache.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="74"/>
        <source>Forget the saved window layout.</source>
        <translation>Oublier la disposition enregistrée des fenêtres.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="75"/>
        <source>Save a picture of the window to this PNG file, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="76"/>
        <source>Seconds to wait before the screenshot (default 5).</source>
        <translation>Secondes à attendre avant la capture (5 par défaut).</translation>
    </message>
</context>
<context>
    <name>vigie::BindingDialog</name>
    <message>
        <location filename="../app/bindingdialog.cpp" line="44"/>
        <source>Street light</source>
        <translation>Point lumineux</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="44"/>
        <source>Waste container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="114"/>
        <source>Container &amp;depth</source>
        <translation>&amp;Profondeur du conteneur</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="119"/>
        <source>Bind device %1</source>
        <translation>Associer le capteur %1</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="121"/>
        <source>Search the assets by id, label, address or reference</source>
        <translation>Chercher les équipements par identifiant, libellé, adresse ou référence</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="133"/>
        <source>Distance from the sensor to the container&apos;s bottom: an ultrasonic sensor&apos;s distance then gives the fill level. Waste containers only.</source>
        <translation>Distance du capteur au fond du conteneur : la distance mesurée par un capteur à ultrasons donne alors le taux de remplissage. Conteneurs seulement.</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="139"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bindingdialog.cpp" line="142"/>
        <source>&amp;Reprocess its %n quarantined message(s) once bound</source>
        <translation>
            <numerusform>&amp;Retraiter son message en quarantaine une fois associé</numerusform>
            <numerusform>&amp;Retraiter ses %n messages en quarantaine une fois associé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="146"/>
        <source>Device &lt;b&gt;%1&lt;/b&gt;: choose the asset it measures.</source>
        <translation>Capteur &lt;b&gt;%1&lt;/b&gt; : choisissez l’équipement qu’il mesure.</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="209"/>
        <source>No asset chosen.</source>
        <translation>Aucun équipement choisi.</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="213"/>
        <source>Asset: %1 (%2)</source>
        <translation>Équipement : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::BrokerDialog</name>
    <message>
        <location filename="../app/brokerdialog.cpp" line="51"/>
        <source>MQTT broker</source>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="183"/>
        <source>QoS 1 with the persistent session keeps messages sent while Vigie is closed.</source>
        <translation>La QoS 1 avec la session persistante conserve les messages envoyés pendant que Vigie est fermé.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="136"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="38"/>
        <source>Clean session (forget what was published while Vigie was closed)</source>
        <translation>Session propre (oublier ce qui a été publié pendant que Vigie était fermé)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="41"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="45"/>
        <source>Do not check that the certificate names the host (insecure)</source>
        <translation>Ne pas vérifier que le certificat nomme l’hôte (non sûr)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="47"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="71"/>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="72"/>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="74"/>
        <source>MQTT 5 reports more precise causes; choose 3.1.1 for brokers that do not speak it.</source>
        <translation>MQTT 5 indique des causes plus précises ; choisissez 3.1.1 pour les brokers qui ne le parlent pas.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="75"/>
        <source>Must be unique on the broker and stable from one run to the next: changing it abandons the persistent session (what the broker kept for Vigie).</source>
        <translation>Doit être unique sur le broker et stable d’une exécution à l’autre : le changer abandonne la session persistante (ce que le broker a gardé pour Vigie).</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="82"/>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="88"/>
        <location filename="../app/brokerdialog.cpp" line="199"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="95"/>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="96"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Les autorités de certification du système</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="97"/>
        <source>CA certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="97"/>
        <source>Certificate authority of the broker</source>
        <translation>Autorité de certification du broker</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="98"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="98"/>
        <source>Client certificate (optional)</source>
        <translation>Certificat client (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="99"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="99"/>
        <source>Private key of the client certificate (unencrypted)</source>
        <translation>Clé privée du certificat client (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>Topic filter</source>
        <translation>Filtre de topic</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <location filename="../app/brokerdialog.cpp" line="205"/>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="110"/>
        <source>Topic filters use MQTT wildcards: + one level, # the rest (vigie/montpellier/#).</source>
        <translation>Les filtres de topic utilisent les jokers MQTT : + un niveau, # le reste (vigie/montpellier/#).</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="113"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="115"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="137"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="138"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="140"/>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="142"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="143"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="157"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="200"/>
        <source>Choose the mapping file of the json format</source>
        <translation>Choisir le fichier de correspondance du format json</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="205"/>
        <source>Mapping files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers de correspondance (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="209"/>
        <source>from the device</source>
        <translation>selon le capteur</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="210"/>
        <source>LoRaWAN payload codec for uplinks without a decoded payload, e.g. milesight-em310-udl; empty: chosen from the uplink&apos;s device description.</source>
        <translation>Codec LoRaWAN pour les trames montantes sans charge décodée, p. ex. milesight-em310-udl ; vide : choisi d’après la description du capteur dans la trame.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="273"/>
        <source>The json format of &quot;%1&quot; needs a mapping file.</source>
        <translation>Le format json de « %1 » demande un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="293"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="139"/>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
</context>
<context>
    <name>vigie::CableCutAlarm</name>
    <message numerus="yes">
        <location filename="../core/coordination/cablecutalarm.cpp" line="27"/>
        <source>Suspected cable cut at works %1: %n lamp(s) dark (%2)</source>
        <translation>
            <numerusform>Coupure de câble suspectée sur le chantier %1 : %n lampadaire éteint (%2)</numerusform>
            <numerusform>Coupure de câble suspectée sur le chantier %1 : %n lampadaires éteints (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ClientIdLock</name>
    <message>
        <location filename="../app/clientidlock.cpp" line="21"/>
        <source>Cannot create the folder %1 for the client id lock.</source>
        <translation>Impossible de créer le dossier %1 pour le verrou de l’identifiant client.</translation>
    </message>
    <message>
        <location filename="../app/clientidlock.cpp" line="37"/>
        <source>Another Vigie on this computer (process %1) already uses client id &quot;%2&quot;: the broker would disconnect one each time the other connects. Close it, or give this one another client id.</source>
        <translation>Un autre Vigie sur cet ordinateur (processus %1) utilise déjà l’identifiant client « %2 » : le broker déconnecterait l’un à chaque connexion de l’autre. Fermez-le, ou donnez à celui-ci un autre identifiant.</translation>
    </message>
    <message>
        <location filename="../app/clientidlock.cpp" line="42"/>
        <source>Cannot write the client id lock %1.</source>
        <translation>Impossible d’écrire le verrou d’identifiant client %1.</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationDesk</name>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="164"/>
        <source>Coordination &amp;panel</source>
        <translation>&amp;Panneau de coordination</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="166"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="167"/>
        <source>Notification &amp;topic…</source>
        <translation>&amp;Topic de notification…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="169"/>
        <source>Coordination messages</source>
        <translation>Messages de coordination</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="170"/>
        <source>MQTT topic per service ({service} is replaced by roads, waste or lighting):</source>
        <translation>Topic MQTT par service ({service} est remplacé par roads, waste ou lighting) :</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="356"/>
        <source>Coordination message delivered to %1.</source>
        <translation>Message de coordination remis à %1.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="359"/>
        <source>The broker refused the coordination message to %1 (%2).</source>
        <translation>Le broker a refusé le message de coordination à %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="440"/>
        <source>%n works zone(s)</source>
        <translation>
            <numerusform>%n zone de chantier</numerusform>
            <numerusform>%n zones de chantier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="441"/>
        <source>%n active in the window</source>
        <translation>
            <numerusform>%n active sur la période</numerusform>
            <numerusform>%n actives sur la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="443"/>
        <source>%n collection round(s)</source>
        <translation>
            <numerusform>%n tournée de collecte</numerusform>
            <numerusform>%n tournées de collecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="446"/>
        <source>%n works zone(s) without a usable geometry are listed only (City › Import report).</source>
        <translation>
            <numerusform>%n zone de chantier sans géométrie exploitable est seulement listée (Ville › Rapport d&apos;importation).</numerusform>
            <numerusform>%n zones de chantier sans géométrie exploitable sont seulement listées (Ville › Rapport d&apos;importation).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="450"/>
        <source>The roadworks data is not current: showing %1, when most of its works were active. Press Now to come back.</source>
        <translation>Les données de chantiers ne sont pas à jour : affichage de %1, période où la plupart des chantiers étaient actifs. Appuyez sur Maintenant pour revenir.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="537"/>
        <source>Suggested: %1</source>
        <translation>Suggéré : %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="539"/>
        <source>Roadworks %1%2: coordinate with the works owner on site.</source>
        <translation>Chantier %1%2 : se coordonner sur place avec le maître d&apos;ouvrage.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="542"/>
        <source>Collection round %1.</source>
        <translation>Tournée de collecte %1.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="544"/>
        <source>Combine with intervention #%1.</source>
        <translation>Regrouper avec l&apos;intervention #%1.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="578"/>
        <source>Not connected to the broker: the coordination message was not sent.</source>
        <translation>Non connecté au broker : le message de coordination n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="587"/>
        <source>Coordination message for %1 queued on %2.</source>
        <translation>Message de coordination pour %1 mis en file d&apos;attente sur %2.</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationDock</name>
    <message>
        <location filename="../app/coordinationdock.cpp" line="44"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="50"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="51"/>
        <source>Data period</source>
        <translation>Période des données</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="54"/>
        <source>Show on map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="55"/>
        <source>Combined intervention…</source>
        <translation>Intervention groupée…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="66"/>
        <source>Active at</source>
        <translation>Actifs à</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="67"/>
        <source>Active between</source>
        <translation>Actifs entre</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="79"/>
        <source>Show what is active now</source>
        <translation>Afficher ce qui est actif maintenant</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="80"/>
        <source>Jump into the period the roadworks data covers</source>
        <translation>Aller à la période couverte par les données de chantiers</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="108"/>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="117"/>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="172"/>
        <source>Roads and works</source>
        <translation>Voirie et chantiers</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="174"/>
        <source>Waste collection</source>
        <translation>Collecte des déchets</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="176"/>
        <source>Street lighting</source>
        <translation>Éclairage public</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="199"/>
        <source>Jump into the period the roadworks data covers (%1 – %2)</source>
        <translation>Aller à la période couverte par les données de chantiers (%1 – %2)</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="353"/>
        <source>Send this item to the service concerned over MQTT</source>
        <translation>Envoyer cet élément au service concerné via MQTT</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="354"/>
        <source>Connect to the broker (Broker › Receive live data) to notify other services</source>
        <translation>Se connecter au broker (Broker › Recevoir les données en direct) pour notifier les autres services</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="356"/>
        <source>No coordination item in the chosen time window.</source>
        <translation>Aucun élément de coordination dans la période choisie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdock.cpp" line="357"/>
        <source>%n coordination item(s). Select one to act on it.</source>
        <translation>
            <numerusform>%n élément de coordination. Sélectionnez-le pour agir.</numerusform>
            <numerusform>%n éléments de coordination. Sélectionnez-en un pour agir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="362"/>
        <source>Suggested: %1</source>
        <translation>Suggéré : %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="365"/>
        <source>works %1</source>
        <translation>chantier %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="367"/>
        <source>round %1</source>
        <translation>tournée %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="369"/>
        <source>intervention #%1</source>
        <translation>intervention #%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdock.cpp" line="370"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationModel</name>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="21"/>
        <source>Round blocked by works</source>
        <translation>Tournée bloquée par un chantier</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="22"/>
        <source>Suspected cable cut</source>
        <translation>Coupure de câble suspectée</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="23"/>
        <source>Overflow behind works</source>
        <translation>Débordement derrière un chantier</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="24"/>
        <source>Combine with works</source>
        <translation>Regrouper avec le chantier</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="25"/>
        <source>Lighting for safety</source>
        <translation>Éclairage pour la sécurité</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="33"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="34"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="35"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="187"/>
        <source>No district</source>
        <translation>Aucun quartier</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="201"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="218"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="260"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="261"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="262"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="263"/>
        <source>Assets</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="264"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationNotifier</name>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="133"/>
        <source>The coordination topic &quot;%1&quot; must contain {service} and no wildcard.</source>
        <translation>Le topic de coordination « %1 » doit contenir {service} et aucun joker.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="138"/>
        <source>The roadworks topic filter &quot;%1&quot; is not valid.</source>
        <translation>Le filtre de topic des chantiers « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="280"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="511"/>
        <source>&quot;%1&quot; is not a topic a message can be published to.</source>
        <translation>« %1 » n&apos;est pas un topic sur lequel un message peut être publié.</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationRuleDialog</name>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="33"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="43"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="104"/>
        <source>Coordination rules</source>
        <translation>Règles de coordination</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="110"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="120"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="122"/>
        <source>Look ahead</source>
        <translation>Anticipation</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="126"/>
        <source>Also restricted and one-way streets</source>
        <translation>Aussi les rues à circulation restreinte et à sens unique</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="130"/>
        <source>Container cut off within</source>
        <translation>Conteneur isolé à moins de</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="136"/>
        <location filename="../app/coordinationruledialog.cpp" line="161"/>
        <source>Dark lamps at least</source>
        <translation>Lampadaires éteints, au moins</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="138"/>
        <source>Within</source>
        <translation>À moins de</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="140"/>
        <source>Gone dark after the works started, within</source>
        <translation>Éteints après le début du chantier, dans un délai de</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="144"/>
        <source>Container behind works within</source>
        <translation>Conteneur derrière un chantier à moins de</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="145"/>
        <source>Only closed streets and dead ends</source>
        <translation>Seulement les rues fermées et les impasses</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="151"/>
        <source>Intervention within</source>
        <translation>Intervention à moins de</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="153"/>
        <source>Time slack</source>
        <translation>Marge de temps</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="157"/>
        <source>Lamps within the perimeter by</source>
        <translation>Lampadaires dans le périmètre élargi de</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationWorker</name>
    <message>
        <location filename="../app/coordinationworker.cpp" line="117"/>
        <source>Roadworks of %1 could not be read: %2</source>
        <translation>Les chantiers de %1 n&apos;ont pas pu être lus : %2</translation>
    </message>
    <message>
        <location filename="../app/coordinationworker.cpp" line="132"/>
        <source>Rounds of %1 could not be read: %2</source>
        <translation>Les tournées de %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <location filename="../app/coordinationworker.cpp" line="158"/>
        <source>Fill histories could not be read (%1): the forecasts use live readings only.</source>
        <translation>Les historiques de remplissage n’ont pas pu être lus (%1) : les prévisions n’utilisent que les relevés en direct.</translation>
    </message>
</context>
<context>
    <name>vigie::CrewLayer</name>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="24"/>
        <source>A</source>
        <comment>crew status letter: available</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="25"/>
        <source>B</source>
        <comment>crew status letter: busy</comment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="26"/>
        <source>O</source>
        <comment>crew status letter: off shift</comment>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="34"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="35"/>
        <source>On an intervention</source>
        <translation>En intervention</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="36"/>
        <source>Off shift</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="145"/>
        <source>Crews</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="244"/>
        <source>At the depot (no tracker fix)</source>
        <translation>Au dépôt (pas de position GNSS)</translation>
    </message>
</context>
<context>
    <name>vigie::CrewSuggester</name>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="23"/>
        <source>lighting</source>
        <translation>éclairage</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="24"/>
        <source>waste</source>
        <translation>déchets</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="25"/>
        <source>roads</source>
        <translation>voirie</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="26"/>
        <source>other work</source>
        <translation>autres travaux</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="33"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="34"/>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="42"/>
        <source>position unknown</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="44"/>
        <source>%1 as the crow flies (no street map)</source>
        <translation>%1 à vol d’oiseau (pas de réseau de voies)</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="46"/>
        <source>no route by the streets</source>
        <translation>aucun itinéraire par les voies</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="47"/>
        <source>%1 by the streets</source>
        <translation>%1 par les voies</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="83"/>
        <source>no %1 skill</source>
        <translation>pas de compétence %1</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="85"/>
        <source>off shift (%1–%2)</source>
        <translation>hors service (%1–%2)</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="87"/>
        <source>on another intervention</source>
        <translation>sur une autre intervention</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="89"/>
        <source>position unknown (no tracker fix, no depot)</source>
        <translation>position inconnue (ni position GNSS ni dépôt)</translation>
    </message>
</context>
<context>
    <name>vigie::Dispatcher</name>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="124"/>
        <source>The crews&apos; topic prefix &quot;%1&quot; must be a topic without wildcards or a trailing slash.</source>
        <translation>Le préfixe de topic des équipes « %1 » doit être un topic sans joker ni barre oblique finale.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="214"/>
        <source>%1 has schema version %2, without the dispatch outbox (version %3).</source>
        <translation>%1 a le schéma version %2, sans la file d’envoi aux équipes (version %3).</translation>
    </message>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="242"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>Le broker a refusé l’abonnement à %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="431"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (nouvelle tentative dans %2 s)</translation>
    </message>
</context>
<context>
    <name>vigie::FloodBanner</name>
    <message>
        <location filename="../app/floodbanner.cpp" line="13"/>
        <source>Show &amp;grouped alarms</source>
        <translation>Voir les alarmes &amp;groupées</translation>
    </message>
    <message>
        <location filename="../app/floodbanner.cpp" line="25"/>
        <source>Show only the group alarms in the alarm list: related alarms are gathered under them</source>
        <translation>N’afficher que les groupes dans la liste des alarmes : les alarmes liées y sont rassemblées</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/floodbanner.cpp" line="38"/>
        <source>Alarm flood: %n alarm(s) in 10 min — threshold %1</source>
        <translation>
            <numerusform>Avalanche d’alarmes : %n alarme en 10 min — seuil %1</numerusform>
            <numerusform>Avalanche d’alarmes : %n alarmes en 10 min — seuil %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="28"/>
        <source>No history yet</source>
        <translation>Pas encore d’historique</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="55"/>
        <source>Fill level (%)</source>
        <translation>Taux de remplissage (%)</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="56"/>
        <source>Fill level</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="64"/>
        <source>Power state</source>
        <translation>État d’alimentation</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="65"/>
        <source>On (1) / off (0)</source>
        <translation>Allumé (1) / éteint (0)</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="85"/>
        <source>Fault reported</source>
        <translation>Défaut signalé</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="96"/>
        <source>Invalid reading</source>
        <translation>Mesure invalide</translation>
    </message>
</context>
<context>
    <name>vigie::ImportReportDialog</name>
    <message>
        <location filename="../app/importreportdialog.cpp" line="14"/>
        <source>Import report — %1</source>
        <translation>Rapport d’import — %1</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="19"/>
        <source>Every feature of every layer was imported.</source>
        <translation>Tous les objets de toutes les couches ont été importés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importreportdialog.cpp" line="20"/>
        <source>%n feature(s) could not be used and were skipped. The rest of the city was imported.</source>
        <translation>
            <numerusform>%n objet n’a pas pu être utilisé et a été écarté. Le reste de la ville a été importé.</numerusform>
            <numerusform>%n objets n’ont pas pu être utilisés et ont été écartés. Le reste de la ville a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Feature</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="30"/>
        <source>whole layer</source>
        <translation>couche entière</translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="35"/>
        <source>Data: %1. Details in %2/ATTRIBUTION.md.</source>
        <translation>Données : %1. Détails dans %2/ATTRIBUTION.md.</translation>
    </message>
</context>
<context>
    <name>vigie::IngestStatus</name>
    <message>
        <location filename="../app/ingeststatus.cpp" line="39"/>
        <source>Messages refused by ingest, kept with their reason. Click to inspect them.</source>
        <translation>Messages refusés à l’ingestion, conservés avec leur motif. Cliquer pour les examiner.</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="40"/>
        <location filename="../app/ingeststatus.cpp" line="82"/>
        <source>%L1 msg/s</source>
        <translation>%L1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="57"/>
        <source>Session replay: stopped</source>
        <translation>Relecture de session : arrêtée</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="58"/>
        <source>Session replay — no broker</source>
        <translation>Relecture de session — sans broker</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="64"/>
        <source>Broker: not connected</source>
        <translation>Broker : non connecté</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="65"/>
        <source>Broker: connecting…</source>
        <translation>Broker : connexion…</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="66"/>
        <source>Broker: connected</source>
        <translation>Broker : connecté</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="67"/>
        <source>Broker: not connected, retrying</source>
        <translation>Broker : non connecté, nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="71"/>
        <source>Broker: stopped — %1</source>
        <translation>Broker : arrêté — %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="73"/>
        <source>Source finished</source>
        <translation>Source terminée</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="86"/>
        <source>Quarantine: %L1</source>
        <translation>Quarantaine : %L1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="89"/>
        <source>Last reason: %1</source>
        <translation>Dernier motif : %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="108"/>
        <source>Storage problem: %1</source>
        <translation>Problème de stockage : %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="115"/>
        <source>No message yet</source>
        <translation>Aucun message pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="120"/>
        <source>Last message %1 (%2 s ago)</source>
        <translation>Dernier message %1 (il y a %2 s)</translation>
    </message>
</context>
<context>
    <name>vigie::InspectorPanel</name>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="64"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="73"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="75"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="77"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="101"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="102"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="103"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="104"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="105"/>
        <source>Latest values</source>
        <translation>Dernières valeurs</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="106"/>
        <source>Last seen</source>
        <translation>Dernier signe de vie</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118"/>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="169"/>
        <source>&lt;b&gt;No asset selected&lt;/b&gt;&lt;br&gt;Click a marker on the map.</source>
        <translation>&lt;b&gt;Aucun équipement sélectionné&lt;/b&gt;&lt;br&gt;Cliquez sur un point de la carte.</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177"/>
        <source>Street light</source>
        <translation>Point lumineux</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177"/>
        <source>Waste container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="186"/>
        <source>not given by the source</source>
        <translation>non fournie par la source</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="193"/>
        <source> &lt;i&gt;(stale: invalid reading at %1)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(périmé : mesure invalide à %1)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="196"/>
        <source>Fill level: %1 %</source>
        <translation>Remplissage : %1 %</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="199"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="202"/>
        <source>Power: %1</source>
        <translation>Alimentation : %1</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="204"/>
        <source>none received yet</source>
        <translation>aucune reçue pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="205"/>
        <source>message received %1&lt;br&gt;observed %2</source>
        <translation>message reçu %1&lt;br&gt;mesure du %2</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionController</name>
    <message>
        <location filename="../app/interventioncontroller.cpp" line="29"/>
        <source>Creation undone</source>
        <translation>Création annulée</translation>
    </message>
    <message>
        <location filename="../app/interventioncontroller.cpp" line="53"/>
        <source>Intervention #%1 has been dispatched to its crew: changes made before cannot be undone any more.</source>
        <translation>L’intervention n° %1 a été envoyée à son équipe : les modifications antérieures ne peuvent plus être annulées.</translation>
    </message>
    <message>
        <location filename="../app/interventioncontroller.cpp" line="113"/>
        <source>Session review is read-only: interventions cannot be changed.</source>
        <translation>La revue de session est en lecture seule : les interventions ne peuvent pas être modifiées.</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionDesk</name>
    <message>
        <location filename="../app/interventiondesk.cpp" line="76"/>
        <source>Day sheet — %1 — %2</source>
        <translation>Feuille de journée — %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="175"/>
        <source>Interventions: %1</source>
        <translation>Interventions : %1</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="204"/>
        <source>Dispatch to crews: %1</source>
        <translation>Envoi aux équipes : %1</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="226"/>
        <source>No asset in the selection.</source>
        <translation>Aucun équipement dans la sélection.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondesk.cpp" line="227"/>
        <source>%n asset(s) selected on the map: Ctrl+N makes one intervention for them.</source>
        <translation>
            <numerusform>%n équipement sélectionné sur la carte : Ctrl+N en fait une intervention.</numerusform>
            <numerusform>%n équipements sélectionnés sur la carte : Ctrl+N en fait une intervention.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="306"/>
        <location filename="../app/interventiondesk.cpp" line="320"/>
        <location filename="../app/interventiondesk.cpp" line="330"/>
        <source>Interventions are not available: no city is open.</source>
        <translation>Interventions indisponibles : aucune ville n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="311"/>
        <source>Select alarms in the alarm list, or assets on the map with Shift+drag, then press Ctrl+N.</source>
        <translation>Sélectionnez des alarmes dans la liste, ou des équipements sur la carte avec Maj+glisser, puis Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="424"/>
        <source>Busy (#%1)</source>
        <translation>Occupée (n° %1)</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="425"/>
        <location filename="../app/interventiondesk.cpp" line="602"/>
        <source>Off shift</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="426"/>
        <location filename="../app/interventiondesk.cpp" line="602"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="429"/>
        <source> (from its depot)</source>
        <translation> (depuis son dépôt)</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="556"/>
        <source>Intervention #%1 done</source>
        <translation>Intervention n° %1 terminée</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="602"/>
        <source>Busy</source>
        <translation>Occupée</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="604"/>
        <source>depot (no fix yet)</source>
        <translation>dépôt (pas encore de position)</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="605"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="666"/>
        <source>Nothing to print for this crew today.</source>
        <translation>Rien à imprimer pour cette équipe aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="669"/>
        <source>work-order-%1.pdf</source>
        <translation>bon-intervention-%1.pdf</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="669"/>
        <source>crew-day.pdf</source>
        <translation>journee-equipe.pdf</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="670"/>
        <source>Work-order sheet</source>
        <translation>Bon d’intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="670"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondesk.cpp" line="684"/>
        <source>Work-order sheet written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Bon d’intervention écrit : %1 (%n page)</numerusform>
            <numerusform>Bon d’intervention écrit : %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="685"/>
        <source>The work-order sheet could not be written: %1</source>
        <translation>Le bon d’intervention n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionDialog</name>
    <message>
        <location filename="../app/interventiondialog.cpp" line="26"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="27"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="28"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="29"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="38"/>
        <source>Alarm priority</source>
        <translation>Priorité de l’alarme</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="39"/>
        <source>Open for</source>
        <translation>Ouverte depuis</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="40"/>
        <source>Time left (SLA)</source>
        <translation>Temps restant (délai)</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="41"/>
        <source>Repeated alarms</source>
        <translation>Alarmes répétées</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="42"/>
        <source>Citizen reports</source>
        <translation>Signalements citoyens</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="43"/>
        <source>Near schools, health and care</source>
        <translation>Près d’écoles, de soins et d’accueil</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="44"/>
        <source>Dark at night</source>
        <translation>Noir la nuit</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="57"/>
        <source>Intervention #%1</source>
        <translation>Intervention n° %1</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="57"/>
        <source>New intervention</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="76"/>
        <source>Set from the priority&apos;s service level; change it if the situation requires</source>
        <translation>Fixée par le délai de la priorité ; modifiez-la si la situation l’exige</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="87"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="88"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="89"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="90"/>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="91"/>
        <source>Instructions:</source>
        <translation>Consignes :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="92"/>
        <source>Assets (%1):</source>
        <translation>Équipements (%1) :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="94"/>
        <source>Alarms:</source>
        <translation>Alarmes :</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondialog.cpp" line="94"/>
        <source>%n alarm(s) answered</source>
        <translation>
            <numerusform>%n alarme traitée</numerusform>
            <numerusform>%n alarmes traitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondialog.cpp" line="96"/>
        <source>%n citizen report(s) answered: their authors are informed of every step</source>
        <translation>
            <numerusform>%n signalement citoyen traité : son auteur est informé de chaque étape</numerusform>
            <numerusform>%n signalements citoyens traités : leurs auteurs sont informés de chaque étape</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="99"/>
        <source>Reports:</source>
        <translation>Signalements :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="108"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="108"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="108"/>
        <source>Because</source>
        <translation>Parce que</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="115"/>
        <source>Crew (suggested: available, skilled, on shift, nearest by street):</source>
        <translation>Équipe (suggérée : disponible, compétente, en service, la plus proche par les voies) :</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>Crew</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>Not suggested because</source>
        <translation>Non suggérée car</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="143"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="143"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="144"/>
        <source>Save and dispatch</source>
        <translation>Enregistrer et envoyer</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="144"/>
        <source>Create and dispatch</source>
        <translation>Créer et envoyer</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="191"/>
        <source>Priority score: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Score de priorité : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionDock</name>
    <message>
        <location filename="../app/interventiondock.cpp" line="113"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="143"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="153"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="154"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="155"/>
        <source>Crews</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="165"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="168"/>
        <source>New intervention for the selected alarms, or the assets selected on the map (Shift+drag) (Ctrl+N)</source>
        <translation>Nouvelle intervention pour les alarmes sélectionnées, ou les équipements sélectionnés sur la carte (Maj+glisser) (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="171"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="179"/>
        <source>&amp;Dispatch</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="182"/>
        <source>Send the selected interventions to their crews over MQTT (Ctrl+D)</source>
        <translation>Envoyer les interventions sélectionnées à leurs équipes par MQTT (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="188"/>
        <source>N&amp;ote…</source>
        <translation>N&amp;ote…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="193"/>
        <source>Show on &amp;map</source>
        <translation>Voir sur la &amp;carte</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="199"/>
        <source>Work-order &amp;sheet…</source>
        <translation>&amp;Bon d’intervention…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="206"/>
        <source>Crew&apos;s &amp;day sheet…</source>
        <translation>Feuille de &amp;journée de l’équipe…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="213"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="216"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="220"/>
        <source>Set &amp;status</source>
        <translation>Changer l’é&amp;tat</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <location filename="../app/interventiondock.cpp" line="298"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <source>Closed in the last 24 h</source>
        <translation>Closes depuis 24 h</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="245"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="251"/>
        <source>Search number, place, crew…</source>
        <translation>Chercher numéro, lieu, équipe…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="293"/>
        <source>To assign</source>
        <translation>À affecter</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="294"/>
        <source>Assigned</source>
        <translation>Affectée</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="295"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="296"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="297"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Crew</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Shift</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Last position</source>
        <translation>Dernière position</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="430"/>
        <source>Blocked:</source>
        <translation>Bloquée :</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="432"/>
        <source>Priority score</source>
        <translation>Score de priorité</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="437"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="439"/>
        <source>sent to the crew (version %1)</source>
        <translation>envoyée à l’équipe (version %1)</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="440"/>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="452"/>
        <source>Blocked intervention</source>
        <translation>Intervention bloquée</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="452"/>
        <source>Cancel intervention</source>
        <translation>Annuler l’intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="453"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="467"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="467"/>
        <source>Note for intervention #%1:</source>
        <translation>Note pour l’intervention n° %1 :</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionLayer</name>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="106"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="123"/>
        <source>Waiting for a crew</source>
        <translation>En attente d’une équipe</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="124"/>
        <source>A crew has it</source>
        <translation>Prise par une équipe</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="125"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="126"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="127"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionModel</name>
    <message>
        <location filename="../app/interventionmodel.cpp" line="82"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="83"/>
        <source>Assigned</source>
        <translation>Affectée</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="84"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="85"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="86"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="87"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="88"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="89"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="90"/>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="98"/>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="99"/>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="100"/>
        <source>Roads</source>
        <translation>Voirie</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="101"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="111"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="111"/>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="125"/>
        <source>#%1 · %2 · %3</source>
        <translation>n° %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventionmodel.cpp" line="126"/>
        <location filename="../app/interventionmodel.cpp" line="168"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="184"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="185"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="186"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="187"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="188"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="189"/>
        <source>Crew</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="190"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="191"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="192"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>vigie::LabelLayer</name>
    <message>
        <location filename="../gis/map/labellayer.cpp" line="47"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>vigie::LayerTreeModel</name>
    <message>
        <location filename="../gis/map/layertreemodel.cpp" line="124"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>vigie::LiveRecording</name>
    <message>
        <location filename="../app/liverecording.cpp" line="30"/>
        <source>Session recording: %1</source>
        <translation>Enregistrement de session : %1</translation>
    </message>
    <message>
        <location filename="../app/liverecording.cpp" line="52"/>
        <source>Session recording is off: %1</source>
        <translation>L&apos;enregistrement de session est désactivé : %1</translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>The broker password could not be read from the system keychain (%1): enter it in Broker › Settings.</source>
        <translation>Le mot de passe du broker n’a pas pu être lu dans le trousseau du système (%1) : saisissez-le dans Broker › Réglages.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>The broker password could not be saved in the system keychain (%1): it is used for this session only.</source>
        <translation>Le mot de passe du broker n’a pas pu être enregistré dans le trousseau du système (%1) : il ne sert que pour cette session.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154"/>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>&amp;Open city</source>
        <translation>&amp;Ouvrir une ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Open &amp;session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Review a recorded session, read-only (a live window opens it in a new window)</source>
        <translation>Revoir une session enregistrée, en lecture seule (depuis une fenêtre en direct, elle s&apos;ouvre dans une nouvelle fenêtre)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>&amp;Import report…</source>
        <translation>Rapport d’&amp;import…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;Whole city</source>
        <translation>Toute la &amp;ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>&amp;Interventions</source>
        <translation>&amp;Interventions</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>C&amp;oordination</source>
        <translation>C&amp;oordination</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="239"/>
        <source>&amp;Reports</source>
        <translation>&amp;Signalements</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;Broker</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>&amp;Receive live data</source>
        <translation>&amp;Recevoir les données en direct</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>Connect to the broker and receive live data (Ctrl+K); unchecked, the map shows the stored state only</source>
        <translation>Se connecter au broker et recevoir les données en direct (Ctrl+K) ; décoché, la carte montre seulement l’état enregistré</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <location filename="../app/mainwindow.cpp" line="301"/>
        <source>Cannot open the city</source>
        <translation>Impossible d’ouvrir la ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="275"/>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>Importing the city</source>
        <translation>Import de la ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="282"/>
        <source>Storing the city</source>
        <translation>Enregistrement de la ville</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>Loading the city</source>
        <translation>Chargement de la ville</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="327"/>
        <source>%n feature(s) skipped at import: see City › Import report.</source>
        <translation>
            <numerusform>%n objet écarté à l’import : voir Ville › Rapport d’import.</numerusform>
            <numerusform>%n objets écartés à l’import : voir Ville › Rapport d’import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="499"/>
        <source>Reading the password from the system keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="605"/>
        <source>Alarm &amp;rules…</source>
        <translation>&amp;Règles d’alarme…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="663"/>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Hypervision station for city public services: live sensor data over MQTT, cached in SQLite, on an interactive map.&lt;/p&gt;&lt;p&gt;Data of this city: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Station d’hypervision des services publics urbains : données des capteurs en direct par MQTT, mises en cache dans SQLite, sur une carte interactive.&lt;/p&gt;&lt;p&gt;Données de cette ville : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="738"/>
        <location filename="../app/mainwindow.cpp" line="842"/>
        <source>Cannot open the session</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="751"/>
        <source>Cannot open the session %1: %2</source>
        <translation>Impossible d&apos;ouvrir la session %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="760"/>
        <source>The session was recorded in %1, not in %2.</source>
        <translation>La session a été enregistrée à %1, pas à %2.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="770"/>
        <source>Vigie — review of %1 (%2)</source>
        <translation>Vigie — revue de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="779"/>
        <source>Session timeline</source>
        <translation>Frise chronologique de la session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="828"/>
        <source>Open a recorded session</source>
        <translation>Ouvrir une session enregistrée</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="830"/>
        <source>Vigie sessions (*.vigiesession);;All files (*)</source>
        <translation>Sessions Vigie (*.vigiesession);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="840"/>
        <source>Opening %1 for review in a new window…</source>
        <translation>Ouverture de %1 pour revue dans une nouvelle fenêtre…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="842"/>
        <source>Vigie could not be started to review %1.</source>
        <translation>Vigie n&apos;a pas pu être lancé pour revoir %1.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarmes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>Alarm &amp;list</source>
        <translation>&amp;Liste des alarmes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>Show &amp;grouped alarms</source>
        <translation>Voir les alarmes &amp;groupées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="230"/>
        <source>&amp;Sound for new urgent alarms</source>
        <translation>&amp;Son pour les nouvelles alarmes urgentes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="388"/>
        <source>Alarms: %1</source>
        <translation>Alarmes : %1</translation>
    </message>
</context>
<context>
    <name>vigie::MapCanvas</name>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="521"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="521"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>vigie::MqttConnection</name>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="62"/>
        <source>libmosquitto could not create a client (%1).</source>
        <translation>libmosquitto n’a pas pu créer de client (%1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="88"/>
        <source>The TLS files cannot be used: %1.</source>
        <translation>Les fichiers TLS sont inutilisables : %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="104"/>
        <source>The broker host name &quot;%1&quot; does not exist.</source>
        <translation>Le nom d’hôte du broker « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="106"/>
        <source>The broker host name &quot;%1&quot; cannot be resolved now: %2.</source>
        <translation>Le nom d’hôte du broker « %1 » ne peut pas être résolu pour l’instant : %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="125"/>
        <location filename="../core/ingest/mqttconnection.cpp" line="190"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="146"/>
        <source>Nothing accepts connections on %1 (connection refused): is the broker running, is the port right?</source>
        <translation>Rien n’accepte de connexion sur %1 (connexion refusée) : le broker tourne-t-il, le port est-il le bon ?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="150"/>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 est injoignable (%2).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="152"/>
        <source>%1 did not answer within %2 s (a firewall, or a wrong address?).</source>
        <translation>%1 n’a pas répondu en %2 s (un pare-feu, ou une mauvaise adresse ?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="154"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>Connexion à %1 impossible : %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="196"/>
        <source>The broker closed the connection without answering CONNECT: does this port expect TLS, is it an MQTT port?</source>
        <translation>Le broker a fermé la connexion sans répondre à CONNECT : ce port attend-il TLS, est-ce un port MQTT ?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="203"/>
        <source>The broker accepted the connection but did not complete the TLS handshake and answer CONNECT within %1 s (is it a TLS port?).</source>
        <translation>Le broker a accepté la connexion mais n’a pas terminé la négociation TLS ni répondu à CONNECT en %1 s (est-ce un port TLS ?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="204"/>
        <source>The broker accepted the connection but did not answer CONNECT within %1 s (is it an MQTT port, or does it expect TLS?).</source>
        <translation>Le broker a accepté la connexion mais n’a pas répondu à CONNECT en %1 s (est-ce un port MQTT, ou attend-il TLS ?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="276"/>
        <source>Not connected to the broker.</source>
        <translation>Pas connecté au broker.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="302"/>
        <source>The TLS connection failed (wrong CA, expired or mismatched certificate, or a non-TLS port).</source>
        <translation>La connexion TLS a échoué (mauvaise AC, certificat expiré ou ne correspondant pas, ou port non TLS).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="303"/>
        <source>The TLS connection failed: %1</source>
        <translation>La connexion TLS a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="307"/>
        <location filename="../core/ingest/mqttconnection.cpp" line="320"/>
        <source>The broker refused the connection.</source>
        <translation>Le broker a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="309"/>
        <source>The connection to the broker timed out.</source>
        <translation>La connexion au broker a expiré.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="310"/>
        <source>The connection to the broker was lost: %1.</source>
        <translation>La connexion au broker a été perdue : %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="313"/>
        <source>The broker closed the connection.</source>
        <translation>Le broker a fermé la connexion.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="315"/>
        <source>The broker stopped answering (no reply within the keep-alive).</source>
        <translation>Le broker ne répond plus (aucune réponse dans le délai de keep-alive).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="318"/>
        <source>The broker host name &quot;%1&quot; cannot be resolved now.</source>
        <translation>Le nom d’hôte du broker « %1 » ne peut pas être résolu pour l’instant.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="323"/>
        <source>The broker broke the MQTT protocol (%1); is it an MQTT port?</source>
        <translation>Le broker n’a pas respecté le protocole MQTT (%1) ; est-ce un port MQTT ?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="326"/>
        <source>libmosquitto refused the settings: %1.</source>
        <translation>libmosquitto a refusé les réglages : %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="338"/>
        <source>The broker does not accept this MQTT version (CONNACK 1): choose another protocol version.</source>
        <translation>Le broker n’accepte pas cette version de MQTT (CONNACK 1) : choisissez une autre version du protocole.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="340"/>
        <source>The broker rejected the client id (CONNACK 2).</source>
        <translation>Le broker a rejeté l’identifiant client (CONNACK 2).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="342"/>
        <source>The broker is unavailable (CONNACK 3).</source>
        <translation>Le broker est indisponible (CONNACK 3).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="344"/>
        <source>Bad user name or password (CONNACK 4).</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect (CONNACK 4).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="346"/>
        <source>Not authorised (CONNACK 5): the broker refused these credentials; check the user name, password and client certificate.</source>
        <translation>Non autorisé (CONNACK 5) : le broker a refusé ces identifiants ; vérifiez le nom d’utilisateur, le mot de passe et le certificat client.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="348"/>
        <source>The broker refused the connection with an unknown code %1.</source>
        <translation>Le broker a refusé la connexion avec un code inconnu %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="353"/>
        <source>The broker does not support MQTT 5 (CONNACK %1): choose MQTT 3.1.1.</source>
        <translation>Le broker ne prend pas en charge MQTT 5 (CONNACK %1) : choisissez MQTT 3.1.1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="355"/>
        <source>The broker rejected the client id (CONNACK %1).</source>
        <translation>Le broker a rejeté l’identifiant client (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="357"/>
        <source>Bad user name or password (CONNACK %1).</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="359"/>
        <source>Not authorised (CONNACK %1): the broker refused these credentials; check the user name, password and client certificate.</source>
        <translation>Non autorisé (CONNACK %1) : le broker a refusé ces identifiants ; vérifiez le nom d’utilisateur, le mot de passe et le certificat client.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="361"/>
        <source>The broker does not accept this authentication method (CONNACK %1).</source>
        <translation>Le broker n’accepte pas cette méthode d’authentification (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="363"/>
        <source>The broker has banned this client (CONNACK %1).</source>
        <translation>Le broker a banni ce client (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="368"/>
        <source>The broker is unavailable or busy (CONNACK %1).</source>
        <translation>Le broker est indisponible ou surchargé (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="371"/>
        <source>The broker says to use another server (CONNACK %1).</source>
        <translation>Le broker demande d’utiliser un autre serveur (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="373"/>
        <source>The broker refused the connection (CONNACK %1).</source>
        <translation>Le broker a refusé la connexion (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="382"/>
        <source>Another client connected with the same client id &quot;%1&quot; and took the session over (DISCONNECT %2): is another Vigie running with these settings? Reconnect once it is closed, or give this station its own client id.</source>
        <translation>Un autre client s’est connecté avec le même identifiant « %1 » et a repris la session (DISCONNECT %2) : un autre Vigie tourne-t-il avec ces réglages ? Reconnectez-vous une fois celui-ci fermé, ou donnez à ce poste son propre identifiant.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="384"/>
        <source>The broker disconnected Vigie: not authorised (DISCONNECT %1).</source>
        <translation>Le broker a déconnecté Vigie : non autorisé (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="386"/>
        <source>The broker&apos;s administrator disconnected Vigie (DISCONNECT %1).</source>
        <translation>L’administrateur du broker a déconnecté Vigie (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="389"/>
        <source>The broker says to use another server (DISCONNECT %1).</source>
        <translation>Le broker demande d’utiliser un autre serveur (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="391"/>
        <source>The broker is shutting down (DISCONNECT %1).</source>
        <translation>Le broker s’arrête (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="393"/>
        <source>The broker closed the connection: keep-alive timeout (DISCONNECT %1).</source>
        <translation>Le broker a fermé la connexion : délai de keep-alive dépassé (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="395"/>
        <source>The broker closed the connection (DISCONNECT %1).</source>
        <translation>Le broker a fermé la connexion (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="403"/>
        <source>not authorised (SUBACK %1)</source>
        <translation>non autorisé (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="404"/>
        <source>invalid topic filter (SUBACK %1)</source>
        <translation>filtre de topic invalide (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="405"/>
        <source>quota exceeded (SUBACK %1)</source>
        <translation>quota dépassé (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="406"/>
        <source>shared subscriptions not supported (SUBACK %1)</source>
        <translation>abonnements partagés non pris en charge (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="407"/>
        <source>wildcards not supported (SUBACK %1)</source>
        <translation>jokers non pris en charge (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="408"/>
        <source>refused (SUBACK %1)</source>
        <translation>refusé (SUBACK %1)</translation>
    </message>
</context>
<context>
    <name>vigie::MqttProbeReport</name>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="38"/>
        <source>Connected in %1 ms.</source>
        <translation>Connecté en %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="41"/>
        <source>%1: no answer to the subscription.</source>
        <translation>%1 : pas de réponse à l’abonnement.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="43"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="45"/>
        <source>%1: granted at QoS %2; no message yet (if messages are expected, check the broker&apos;s ACL: Mosquitto grants denied subscriptions and delivers nothing).</source>
        <translation>%1 : accordé en QoS %2 ; aucun message pour l’instant (si des messages sont attendus, vérifiez l’ACL du broker : Mosquitto accorde les abonnements refusés et ne livre rien).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/mqttprobe.cpp" line="47"/>
        <source>%1: granted at QoS %2; %n message(s) received, %3 retained.</source>
        <translation>
            <numerusform>%1 : accordé en QoS %2 ; %n message reçu, %3 retenu(s).</numerusform>
            <numerusform>%1 : accordé en QoS %2 ; %n messages reçus, %3 retenu(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::MqttSettings</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="36"/>
        <source>The broker host is empty.</source>
        <translation>L’hôte du broker est vide.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="38"/>
        <source>The broker port must be between 1 and 65535.</source>
        <translation>Le port du broker doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="40"/>
        <source>A persistent session needs a client id.</source>
        <translation>Une session persistante demande un identifiant client.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="42"/>
        <source>The client id is too long.</source>
        <translation>L’identifiant client est trop long.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="44"/>
        <source>There is no topic to subscribe to.</source>
        <translation>Il n’y a aucun topic auquel s’abonner.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid MQTT topic filter.</source>
        <translation>« %1 » n’est pas un filtre de topic MQTT valide.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="52"/>
        <source>The QoS of &quot;%1&quot; must be 0, 1 or 2.</source>
        <translation>La QoS de « %1 » doit valoir 0, 1 ou 2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="55"/>
        <source>The reconnection delays are inconsistent.</source>
        <translation>Les délais de reconnexion sont incohérents.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="57"/>
        <source>The keep-alive must be between 5 and 65535 seconds.</source>
        <translation>Le keep-alive doit être compris entre 5 et 65535 secondes.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="59"/>
        <source>The connection timeout must be at least one second.</source>
        <translation>Le délai de connexion doit être d’au moins une seconde.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="61"/>
        <source>The MQTT version must be 3.1.1 or 5.</source>
        <translation>La version de MQTT doit être 3.1.1 ou 5.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="63"/>
        <source>A password needs a user name.</source>
        <translation>Un mot de passe demande un nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="66"/>
        <source>A client certificate needs its private key, and the other way round.</source>
        <translation>Un certificat client demande sa clé privée, et inversement.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="70"/>
        <source>The TLS file &quot;%1&quot; cannot be read.</source>
        <translation>Le fichier TLS « %1 » est illisible.</translation>
    </message>
</context>
<context>
    <name>vigie::MqttSource</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="202"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (nouvelle tentative dans %2 s)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="240"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>Le broker a refusé l’abonnement à %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="273"/>
        <source>The broker closed the connection three times within a minute, each time shortly after accepting it: another client is probably using client id &quot;%1&quot;. Close it (another Vigie?) and reconnect, or give this station its own client id.</source>
        <translation>Le broker a fermé la connexion trois fois en une minute, chaque fois peu après l’avoir acceptée : un autre client utilise probablement l’identifiant « %1 ». Fermez-le (un autre Vigie ?) et reconnectez-vous, ou donnez à ce poste son propre identifiant.</translation>
    </message>
</context>
<context>
    <name>vigie::PriorityScore</name>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="34"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="34"/>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="35"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="35"/>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="50"/>
        <source>no due time</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="57"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="58"/>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="71"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="72"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="79"/>
        <source>no points of interest in this pack</source>
        <translation>pas de lieux sensibles dans ce jeu de données</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="83"/>
        <source>no point of interest</source>
        <translation>aucun lieu sensible</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="98"/>
        <source>not a lighting job</source>
        <translation>pas une intervention d’éclairage</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="100"/>
        <source>lighting fault at night</source>
        <translation>panne d’éclairage de nuit</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="102"/>
        <source>reported after dark by %n resident(s)</source>
        <translation>signalé de nuit par %n habitant(s)</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="104"/>
        <source>lighting fault by day</source>
        <translation>panne d’éclairage de jour</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="117"/>
        <source>%n activation(s)</source>
        <translation>%n activation(s)</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="118"/>
        <source>%n report(s)</source>
        <translation>%n signalement(s)</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="131"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="135"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="136"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="139"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="140"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>vigie::QuarantineModel</name>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="83"/>
        <source>%1 UTC · message %2</source>
        <translation>%1 UTC · message %2</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="90"/>
        <source>The payload named no device, or decoding stopped before it did.</source>
        <translation>Le message ne nommait aucun capteur, ou le décodage s’est arrêté avant.</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="92"/>
        <source>Not bound to an asset.</source>
        <translation>Associé à aucun équipement.</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="92"/>
        <source>Bound to %1</source>
        <translation>Associé à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quarantinemodel.cpp" line="94"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="108"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="109"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="110"/>
        <source>Device</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="111"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="112"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="113"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>vigie::QuarantinePanel</name>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="94"/>
        <source>the message is no longer in the log</source>
        <translation>le message n’est plus dans le journal</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="128"/>
        <source>(empty payload)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="154"/>
        <source>Only the newest %1 are listed: choose a reason or a device.</source>
        <translation>Seuls les %1 plus récents sont listés : choisissez un motif ou un capteur.</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="155"/>
        <source>&amp;Bind device…</source>
        <translation>&amp;Associer le capteur…</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="156"/>
        <source>&amp;Reprocess selected</source>
        <translation>&amp;Retraiter la sélection</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="157"/>
        <source>Re&amp;fresh</source>
        <translation>Ra&amp;fraîchir</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="163"/>
        <source>Bind the device of the current message to an asset of the city, then read its quarantined messages again (Ctrl+B)</source>
        <translation>Associer le capteur du message courant à un équipement de la ville, puis relire ses messages en quarantaine (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="167"/>
        <source>Read the selected messages again through the current routes and bindings, e.g. after fixing a mapping file (Ctrl+R)</source>
        <translation>Relire les messages sélectionnés avec les routes et associations actuelles, p. ex. après avoir corrigé un fichier de correspondance (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="171"/>
        <source>Read the quarantine again (F5)</source>
        <translation>Relire la quarantaine (F5)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="303"/>
        <source>The quarantine could not be read: %1</source>
        <translation>La quarantaine n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="354"/>
        <source>Reading message %1…</source>
        <translation>Lecture du message %1…</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="368"/>
        <source>Message %1: %2</source>
        <translation>Message %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="372"/>
        <source>Message %1 · %2 · %3

%4</source>
        <translation>Message %1 · %2 · %3

%4</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="417"/>
        <location filename="../app/quarantinepanel.cpp" line="430"/>
        <source>The binding of %1 could not be saved: %2</source>
        <translation>L’association de %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="421"/>
        <source>Binding %1 to %2…</source>
        <translation>Association de %1 à %2…</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="433"/>
        <source>Device %1 bound.</source>
        <translation>Capteur %1 associé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quarantinepanel.cpp" line="457"/>
        <source>Reprocessing %n message(s)…</source>
        <translation>
            <numerusform>Retraitement de %n message…</numerusform>
            <numerusform>Retraitement de %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="464"/>
        <source>Reprocessed: the list shows what is still refused, and why.</source>
        <translation>Retraité : la liste montre ce qui reste refusé, et pourquoi.</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="209"/>
        <source>Select a message to see its payload as received.</source>
        <translation>Sélectionnez un message pour voir son contenu tel que reçu.</translation>
    </message>
</context>
<context>
    <name>vigie::QuarantineSummary</name>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="48"/>
        <source>Messages in quarantine by reason: choose one to list only those</source>
        <translation>Messages en quarantaine par motif : choisissez-en un pour ne lister que ceux-là</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="49"/>
        <source>Messages in quarantine by device: choose one to list only those</source>
        <translation>Messages en quarantaine par capteur : choisissez-en un pour ne lister que ceux-là</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="66"/>
        <source>All reasons (%1)</source>
        <translation>Tous les motifs (%1)</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="70"/>
        <source>All devices (%1)</source>
        <translation>Tous les capteurs (%1)</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="71"/>
        <source>No device (%1)</source>
        <translation>Sans capteur (%1)</translation>
    </message>
</context>
<context>
    <name>vigie::ReportDesk</name>
    <message>
        <location filename="../app/reportdesk.cpp" line="86"/>
        <source>&amp;Import DansMaRue CSV…</source>
        <translation>&amp;Importer un CSV DansMaRue…</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="89"/>
        <source>Import citizen reports from a Paris DansMaRue export (CSV)</source>
        <translation>Importer les signalements d’un export DansMaRue de Paris (CSV)</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="104"/>
        <source>Intervention #%1 · %2</source>
        <translation>Intervention #%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="104"/>
        <source>Intervention #%1</source>
        <translation>Intervention #%1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="125"/>
        <source>Citizen &amp;reports</source>
        <translation>&amp;Signalements citoyens</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="147"/>
        <source>Citizen reports: the city&apos;s services could not be read: %1</source>
        <translation>Signalements citoyens : les services de la ville n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="180"/>
        <source>Citizen reports: %1</source>
        <translation>Signalements citoyens : %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="197"/>
        <source>Open311 endpoint not started: the city pack lists no services (services.json).</source>
        <translation>Point d&apos;accès Open311 non démarré : le pack de la ville ne liste aucun service (services.json).</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="206"/>
        <source>Open311 endpoint not started on %1:%2: %3</source>
        <translation>Point d&apos;accès Open311 non démarré sur %1:%2 : %3</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="211"/>
        <source>Open311 endpoint listening on %1:%2</source>
        <translation>Point d&apos;accès Open311 à l&apos;écoute sur %1:%2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="326"/>
        <source>Citizen reports (%1 new)</source>
        <translation>Signalements citoyens (%1 nouveaux)</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="326"/>
        <source>Citizen reports</source>
        <translation>Signalements citoyens</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="407"/>
        <source>%1: reported by %n resident(s) (reports %2).</source>
        <translation>
            <numerusform>%1 : signalé par %n habitant (signalements %2).</numerusform>
            <numerusform>%1 : signalé par %n habitants (signalements %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="427"/>
        <source>This group is already answered by intervention #%1.</source>
        <translation>Ce groupe est déjà traité par l&apos;intervention #%1.</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="476"/>
        <source>Link reports</source>
        <translation>Lier les signalements</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="478"/>
        <source>Link this group to an open intervention (nearest first) or to an alarm of its asset:</source>
        <translation>Lier ce groupe à une intervention ouverte (la plus proche en premier) ou à une alarme de son équipement :</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="488"/>
        <source>%1 m away</source>
        <translation>à %1 m</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="488"/>
        <source>place unknown</source>
        <translation>lieu inconnu</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="489"/>
        <source>Intervention #%1 · %2 · %3 · %4</source>
        <translation>Intervention #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="498"/>
        <source>Alarm #%1 · %2 · %3</source>
        <translation>Alarme #%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="510"/>
        <source>No open intervention, and no alarm on the matched asset.</source>
        <translation>Aucune intervention ouverte, et aucune alarme sur l&apos;équipement associé.</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="513"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="553"/>
        <source>Import DansMaRue reports</source>
        <translation>Importer des signalements DansMaRue</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="554"/>
        <source>DansMaRue exports (*.csv);;All files (*)</source>
        <translation>Exports DansMaRue (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="573"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 n’a pas pu être importé : %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="583"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="597"/>
        <source>%n report(s) imported from %1.</source>
        <translation>
            <numerusform>%n signalement importé de %1.</numerusform>
            <numerusform>%n signalements importés de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="599"/>
        <source>%n of them joined a group of likely duplicates.</source>
        <translation>
            <numerusform>%n d’entre eux a rejoint un groupe de doublons probables.</numerusform>
            <numerusform>%n d’entre eux ont rejoint un groupe de doublons probables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="601"/>
        <source>%n already imported before: skipped.</source>
        <translation>
            <numerusform>%n déjà importé auparavant : ignoré.</numerusform>
            <numerusform>%n déjà importés auparavant : ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="604"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="606"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="606"/>
        <source>(no number)</source>
        <translation>(sans numéro)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="608"/>
        <source>%n row(s) refused:</source>
        <translation>
            <numerusform>%n ligne refusée :</numerusform>
            <numerusform>%n lignes refusées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="622"/>
        <source>… and %n more (Show Details).</source>
        <translation>
            <numerusform>… et %n autre (voir les détails).</numerusform>
            <numerusform>… et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="624"/>
        <source>DansMaRue import</source>
        <translation>Import DansMaRue</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="668"/>
        <source>API keys can be registered once a city is open.</source>
        <translation>Les clés API peuvent être enregistrées une fois une ville ouverte.</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="676"/>
        <source>added by %1</source>
        <translation>ajoutée par %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="680"/>
        <source>API keys not saved: %1</source>
        <translation>Clés API non enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="688"/>
        <source>Open311: %1 API key(s) registered, %2 revoked.</source>
        <translation>Open311 : %1 clé(s) API enregistrée(s), %2 révoquée(s).</translation>
    </message>
</context>
<context>
    <name>vigie::ReportLayer</name>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="176"/>
        <source>Citizen reports</source>
        <translation>Signalements citoyens</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="193"/>
        <source>New report (street light)</source>
        <translation>Nouveau signalement (éclairage public)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="194"/>
        <source>Reported by 3 residents (container)</source>
        <translation>Signalé par 3 habitants (conteneur)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="195"/>
        <source>Confirmed (road)</source>
        <translation>Confirmé (voirie)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="196"/>
        <source>Intervention under way (dumping)</source>
        <translation>Intervention en cours (dépôt sauvage)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="197"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>vigie::ReportSettingsDialog</name>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="27"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="28"/>
        <source>Intervention created</source>
        <translation>Intervention créée</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="29"/>
        <source>A crew has it</source>
        <translation>Pris en charge par une équipe</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="30"/>
        <source>Crew on the way or on site</source>
        <translation>Équipe en route ou sur place</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="31"/>
        <source>Held up</source>
        <translation>Retardé</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="32"/>
        <source>Fixed (closed)</source>
        <translation>Résolu (clos)</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="33"/>
        <source>Not handled (closed)</source>
        <translation>Non traité (clos)</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="53"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="65"/>
        <source>Citizen reports: settings</source>
        <translation>Signalements citoyens : paramètres</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="68"/>
        <source>Matching and grouping</source>
        <translation>Association et regroupement</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="71"/>
        <source>A report is matched to the nearest asset of its kind within this distance</source>
        <translation>Un signalement est associé à l&apos;équipement de son type le plus proche dans cette distance</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="73"/>
        <source>Reports of the same kind this close to an open group join it as likely duplicates</source>
        <translation>Les signalements du même type aussi proches d&apos;un groupe ouvert le rejoignent comme doublons probables</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="74"/>
        <source>Matching distance:</source>
        <translation>Distance d&apos;association :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="75"/>
        <source>Grouping distance:</source>
        <translation>Distance de regroupement :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="78"/>
        <source>Open311 endpoint (GeoReport v2)</source>
        <translation>Point d&apos;accès Open311 (GeoReport v2)</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="80"/>
        <source>Take reports from residents&apos; apps</source>
        <translation>Recevoir les signalements des applications des habitants</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="85"/>
        <source>127.0.0.1 keeps the endpoint to this computer (a reverse proxy publishes it); 0.0.0.0 opens it to the network</source>
        <translation>127.0.0.1 réserve le point d&apos;accès à cet ordinateur (un proxy inverse le publie) ; 0.0.0.0 l&apos;ouvre au réseau</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="94"/>
        <source>One api_key per line; kept as a fingerprint, it cannot be shown again</source>
        <translation>Une api_key par ligne ; conservée sous forme d&apos;empreinte, elle ne peut plus être affichée</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="98"/>
        <source>One api_key per line</source>
        <translation>Une api_key par ligne</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="100"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="101"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="102"/>
        <source>Register API keys:</source>
        <translation>Enregistrer des clés API :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="103"/>
        <source>Revoke API keys:</source>
        <translation>Révoquer des clés API :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="106"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="111"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="113"/>
        <source>Keep reporters&apos; contact details for:</source>
        <translation>Conserver les coordonnées des auteurs de signalements pendant :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="114"/>
        <source>Names, e-mail addresses and phone numbers are kept apart from the reports, never shown in Vigie, to crews or in exports, and deleted after this period.</source>
        <translation>Les noms, adresses e-mail et numéros de téléphone sont conservés à part des signalements, jamais affichés dans Vigie, aux équipes ou dans les exports, et supprimés après cette durée.</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="120"/>
        <source>Messages to residents (Open311 status notes; {service}, {address}, {date}, {reason}):</source>
        <translation>Messages aux habitants (notes d&apos;état Open311 ; {service}, {address}, {date}, {reason}) :</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="123"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="123"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="123"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>vigie::ReportsDock</name>
    <message>
        <location filename="../app/reportsdock.cpp" line="35"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="59"/>
        <source>Citizen reports</source>
        <translation>Signalements citoyens</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="75"/>
        <source>&amp;Confirm group</source>
        <translation>&amp;Confirmer le groupe</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="77"/>
        <source>These reports are the same problem: keep the group as it is</source>
        <translation>Ces signalements concernent le même problème : conserver le groupe tel quel</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="82"/>
        <source>S&amp;plit</source>
        <translation>Scin&amp;der</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="84"/>
        <source>The selected report is another problem: move it to a group of its own</source>
        <translation>Le signalement sélectionné est un autre problème : le placer dans un groupe à part</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="89"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="91"/>
        <source>Link the group to an alarm or an intervention already open</source>
        <translation>Lier le groupe à une alarme ou à une intervention déjà ouverte</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="96"/>
        <source>&amp;Intervention…</source>
        <translation>&amp;Intervention…</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="98"/>
        <source>Create an intervention for this group: its residents are informed of every step</source>
        <translation>Créer une intervention pour ce groupe : ses habitants sont informés de chaque étape</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="103"/>
        <source>Show on &amp;map</source>
        <translation>&amp;Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="109"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <source>Inbox: new groups</source>
        <translation>Boîte de réception : nouveaux groupes</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <location filename="../app/reportsdock.cpp" line="233"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Residents</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Matched asset</source>
        <translation>Équipement associé</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <location filename="../app/reportsdock.cpp" line="218"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="207"/>
        <location filename="../app/reportsdock.cpp" line="299"/>
        <location filename="../app/reportsdock.cpp" line="433"/>
        <source>none within reach</source>
        <translation>aucun à portée</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="219"/>
        <source>Intervention created</source>
        <translation>Intervention créée</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="220"/>
        <source>A crew has it</source>
        <translation>Pris en charge par une équipe</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="221"/>
        <source>Crew on the way or on site</source>
        <translation>Équipe en route ou sur place</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="222"/>
        <source>Held up</source>
        <translation>Retardé</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="223"/>
        <source>Fixed (closed)</source>
        <translation>Résolu (clos)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="224"/>
        <source>Not handled (closed)</source>
        <translation>Non traité (clos)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="235"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="237"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="239"/>
        <source>Intervention #%1</source>
        <translation>Intervention #%1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="241"/>
        <source>Alarm #%1</source>
        <translation>Alarme #%1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="296"/>
        <source>%1–%2 m</source>
        <translation>%1–%2 m</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="310"/>
        <source>#%1 (no description)</source>
        <translation>#%1 (sans description)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="406"/>
        <source>Select a group or a report.</source>
        <translation>Sélectionnez un groupe ou un signalement.</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="413"/>
        <source>Report #%1 · %2</source>
        <translation>Signalement #%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="414"/>
        <source>Received: %1 (%2)</source>
        <translation>Reçu : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="415"/>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="416"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="417"/>
        <source>CSV import</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="419"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="421"/>
        <location filename="../app/reportsdock.cpp" line="435"/>
        <source>Position: %1, %2</source>
        <translation>Position : %1, %2</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="423"/>
        <source>Matched asset: %1, %2</source>
        <translation>Équipement associé : %1, %2</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="424"/>
        <location filename="../app/reportsdock.cpp" line="436"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="425"/>
        <source>What the resident wrote:</source>
        <translation>Ce que l&apos;habitant a écrit :</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="425"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="427"/>
        <source>Photo (not opened by Vigie): %1</source>
        <translation>Photo (non ouverte par Vigie) : %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="429"/>
        <source>Last message to the resident:</source>
        <translation>Dernier message à l&apos;habitant :</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportsdock.cpp" line="432"/>
        <source>%n resident(s) reported it</source>
        <translation>
            <numerusform>%n habitant l&apos;a signalé</numerusform>
            <numerusform>%n habitants l&apos;ont signalé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="433"/>
        <source>Matched asset: %1</source>
        <translation>Équipement associé : %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="437"/>
        <source>Open the group to read each report. Contact details of residents are never shown: they are informed automatically as the intervention progresses.</source>
        <translation>Ouvrez le groupe pour lire chaque signalement. Les coordonnées des habitants ne sont jamais affichées : ils sont informés automatiquement de l&apos;avancement de l&apos;intervention.</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewBanner</name>
    <message>
        <location filename="../app/reviewbanner.cpp" line="62"/>
        <source>Session review — read only</source>
        <translation>Revue de session — lecture seule</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewController</name>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="43"/>
        <source>%1 does not say which city it was recorded in (its header is damaged).</source>
        <translation>%1 n&apos;indique pas dans quelle ville il a été enregistré (son en-tête est endommagé).</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="47"/>
        <source>No temporary folder for the review: %1</source>
        <translation>Aucun dossier temporaire pour la revue : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewcontroller.cpp" line="63"/>
        <source>%n damaged part(s) skipped</source>
        <translation>
            <numerusform>%n partie endommagée ignorée</numerusform>
            <numerusform>%n parties endommagées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="99"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="108"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="113"/>
        <source>Export a time window…</source>
        <translation>Exporter une plage horaire…</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="114"/>
        <source>Export the shift report (CSV)…</source>
        <translation>Exporter le rapport de poste (CSV)…</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="165"/>
        <source>End of the session.</source>
        <translation>Fin de la session.</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="175"/>
        <source>A state snapshot of the session could not be read: the review rebuilds from the records alone.</source>
        <translation>Un instantané d&apos;état de la session n&apos;a pas pu être lu : la revue se reconstruit à partir des seuls enregistrements.</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="198"/>
        <source>Not available in session review: a recorded session is read-only.</source>
        <translation>Non disponible en revue de session : une session enregistrée est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="242"/>
        <source>The bookmark could not be saved: %1</source>
        <translation>Le signet n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="247"/>
        <source>Bookmark placed at %1.</source>
        <translation>Signet placé à %1.</translation>
    </message>
</context>
<context>
    <name>vigie::RoadworksLayer</name>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="171"/>
        <source>Roadworks by traffic impact</source>
        <translation>Chantiers par impact sur la circulation</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="195"/>
        <source>Not active at the chosen time</source>
        <translation>Non actif à l&apos;heure choisie</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="298"/>
        <source>Road closed</source>
        <translation>Route fermée</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="299"/>
        <source>Dead end</source>
        <translation>Impasse</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="300"/>
        <source>One way</source>
        <translation>Sens unique</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="301"/>
        <source>Traffic restricted</source>
        <translation>Circulation restreinte</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="304"/>
        <source>Impact not stated</source>
        <translation>Impact non précisé</translation>
    </message>
</context>
<context>
    <name>vigie::RoundLayer</name>
    <message>
        <location filename="../gis/map/roundlayer.cpp" line="102"/>
        <source>Collection rounds</source>
        <translation>Tournées de collecte</translation>
    </message>
    <message>
        <location filename="../gis/map/roundlayer.cpp" line="126"/>
        <source>Forecast to overflow before collection</source>
        <translation>Débordement prévu avant la collecte</translation>
    </message>
</context>
<context>
    <name>vigie::SessionExportDialog</name>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="56"/>
        <source>Export a time window</source>
        <translation>Exporter une plage horaire</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="56"/>
        <source>Export the shift report</source>
        <translation>Exporter le rapport de poste</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="69"/>
        <source>A smaller session file holding this window (with the keyframe before it), to replay elsewhere.</source>
        <translation>Un fichier de session plus petit contenant cette plage (avec l’image clé qui la précède), à rejouer ailleurs.</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="71"/>
        <source>Every operator action of this window, as a spreadsheet (CSV): time, operator, action, target, detail.</source>
        <translation>Toutes les actions des opérateurs de cette plage, en tableur (CSV) : heure, opérateur, action, cible, détail.</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="76"/>
        <source>From (%1)</source>
        <translation>Du (%1)</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="77"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="81"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="103"/>
        <source>The window ends before it starts.</source>
        <translation>La plage se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="120"/>
        <source>Vigie sessions (*.vigiesession)</source>
        <translation>Sessions Vigie (*.vigiesession)</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="125"/>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
</context>
<context>
    <name>vigie::SessionPlayer</name>
    <message>
        <location filename="../core/recording/sessionplayer.cpp" line="249"/>
        <source>No session is open.</source>
        <translation>Aucune session n&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionplayer.cpp" line="261"/>
        <source>The bookmark could not be saved in %1: %2.</source>
        <translation>Le signet n&apos;a pas pu être enregistré dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>vigie::ShelveDialog</name>
    <message numerus="yes">
        <location filename="../app/shelvedialog.cpp" line="27"/>
        <source>Shelve %n alarm(s)</source>
        <translation>
            <numerusform>Mettre %n alarme en attente</numerusform>
            <numerusform>Mettre %n alarmes en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="29"/>
        <source>Why, for the audit trail and the next shift (required)</source>
        <translation>Pourquoi, pour la traçabilité et l’équipe suivante (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="32"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="33"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="34"/>
        <source>8 hours</source>
        <translation>8 heures</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="36"/>
        <source>Until the end of the shift (%1)</source>
        <translation>Jusqu’à la fin du poste (%1)</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="40"/>
        <source>Until…</source>
        <translation>Jusqu’à…</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="50"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="51"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="52"/>
        <source>&amp;Back at:</source>
        <translation>&amp;Retour à :</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="53"/>
        <source>A shelved alarm leaves the list and the sound; it comes back by itself at the time above (24 hours at most). Shelving is recorded with your name.</source>
        <translation>Une alarme en attente quitte la liste et n’est plus sonore ; elle revient d’elle-même à l’heure ci-dessus (24 heures au plus). La mise en attente est enregistrée avec votre nom.</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="91"/>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>Indiquez un motif : il est conservé pour la traçabilité.</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="93"/>
        <source>The end of the shelving must be in the future.</source>
        <translation>La fin de la mise en attente doit être dans le futur.</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="95"/>
        <source>An alarm can be shelved for 24 hours at most.</source>
        <translation>Une alarme peut être mise en attente 24 heures au plus.</translation>
    </message>
</context>
<context>
    <name>vigie::SocialPoiIndex</name>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="83"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="85"/>
        <source>Crèche or kindergarten</source>
        <translation>Crèche ou maternelle</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="87"/>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="89"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="91"/>
        <source>Care home</source>
        <translation>Établissement d’accueil</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="92"/>
        <source>Place of interest</source>
        <translation>Lieu d’intérêt</translation>
    </message>
</context>
<context>
    <name>vigie::TimelineBar</name>
    <message>
        <location filename="../app/timelinebar.cpp" line="52"/>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="53"/>
        <source>Operator action</source>
        <translation>Action opérateur</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="54"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="55"/>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="56"/>
        <source>Recording gap</source>
        <translation>Interruption de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="63"/>
        <source>&quot;%1&quot; is not a date and time: %2</source>
        <translation>« %1 » n&apos;est pas une date et heure : %2</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="84"/>
        <source>nothing was typed</source>
        <translation>rien n&apos;a été saisi</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="116"/>
        <source>the offset %1 is out of range</source>
        <translation>le décalage %1 est hors limites</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="128"/>
        <source>expected dd/mm/yyyy hh:mm:ss, hh:mm or yyyy-mm-ddThh:mm:ss</source>
        <translation>format attendu : jj/mm/aaaa hh:mm:ss, hh:mm ou aaaa-mm-jjThh:mm:ss</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="131"/>
        <source>there is no such day</source>
        <translation>ce jour n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="134"/>
        <source>there is no such time of day</source>
        <translation>cette heure n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="138"/>
        <source>this time does not exist in %1 (clock change)</source>
        <translation>cette heure n&apos;existe pas à %1 (changement d&apos;heure)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="343"/>
        <source>‹ Alarm</source>
        <translation>‹ Alarme</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="343"/>
        <source>Previous alarm transition</source>
        <translation>Transition d&apos;alarme précédente</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="344"/>
        <source>‹ Action</source>
        <translation>‹ Action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="344"/>
        <source>Previous operator action</source>
        <translation>Action opérateur précédente</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="345"/>
        <source>Step back</source>
        <translation>Reculer d&apos;un pas</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="345"/>
        <source>Step back (Left)</source>
        <translation>Reculer d&apos;un pas (Gauche)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="346"/>
        <source>Step forward</source>
        <translation>Avancer d&apos;un pas</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="346"/>
        <source>Step forward (Right)</source>
        <translation>Avancer d&apos;un pas (Droite)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="347"/>
        <source>Action ›</source>
        <translation>Action ›</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="347"/>
        <source>Next operator action</source>
        <translation>Action opérateur suivante</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="348"/>
        <source>Alarm ›</source>
        <translation>Alarme ›</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="348"/>
        <source>Next alarm transition</source>
        <translation>Transition d&apos;alarme suivante</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="356"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="363"/>
        <source>Time at the playhead (local time of the city)</source>
        <translation>Heure à la tête de lecture (heure locale de la ville)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="370"/>
        <source>Go to dd/mm/yyyy hh:mm:ss</source>
        <translation>Aller à jj/mm/aaaa hh:mm:ss</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="371"/>
        <source>Type a date and time (local time), or a time of the day shown, then Enter (Ctrl+G)</source>
        <translation>Saisissez une date et une heure (heure locale), ou une heure du jour affiché, puis Entrée (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="377"/>
        <source>Bookmark…</source>
        <translation>Signet…</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="378"/>
        <source>Place a bookmark with a note at the playhead</source>
        <translation>Placer un signet avec une note à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="411"/>
        <source>No earlier alarm transition</source>
        <translation>Aucune transition d&apos;alarme antérieure</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="412"/>
        <source>No later alarm transition</source>
        <translation>Aucune transition d&apos;alarme ultérieure</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="413"/>
        <source>No earlier operator action</source>
        <translation>Aucune action opérateur antérieure</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="414"/>
        <source>No later operator action</source>
        <translation>Aucune action opérateur ultérieure</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="450"/>
        <source>No earlier marker</source>
        <translation>Aucun repère antérieur</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="451"/>
        <source>No later marker</source>
        <translation>Aucun repère ultérieur</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="495"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="495"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="496"/>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="496"/>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="592"/>
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n repère</numerusform>
            <numerusform>%n repères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="605"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="647"/>
        <source>Note for the bookmark at %1, then Enter</source>
        <translation>Note du signet à %1, puis Entrée</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="686"/>
        <source>%1 is outside the session (%2 – %3)</source>
        <translation>%1 est en dehors de la session (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="700"/>
        <source>%1 (seeking…)</source>
        <translation>%1 (recherche…)</translation>
    </message>
</context>
<context>
    <name>vigie::symbology</name>
    <message>
        <location filename="../gis/map/symbology.cpp" line="43"/>
        <source>Out of order</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="44"/>
        <source>Incident (lid, fire, moved…)</source>
        <translation>Incident (couvercle, feu, déplacement…)</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="46"/>
        <source>Full</source>
        <translation>Plein</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="47"/>
        <source>Nearly full</source>
        <translation>Presque plein</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="48"/>
        <source>Silent sensor</source>
        <translation>Capteur muet</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="49"/>
        <source>Lit</source>
        <translation>Allumé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="50"/>
        <source>Switched off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="52"/>
        <location filename="../gis/map/symbology.cpp" line="64"/>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="53"/>
        <source>Below threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="55"/>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="65"/>
        <source>Defective lamp</source>
        <translation>Lampe défectueuse</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="66"/>
        <source>Column problem</source>
        <translation>Problème de mât</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="67"/>
        <source>Broken lantern</source>
        <translation>Lanterne cassée</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="68"/>
        <source>On</source>
        <translation>Allumé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="69"/>
        <source>Off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="70"/>
        <source>Dimmed</source>
        <translation>Abaissé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="71"/>
        <source>Starting up</source>
        <translation>En démarrage</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="74"/>
        <source>OK</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="75"/>
        <source>Lid open</source>
        <translation>Couvercle ouvert</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="76"/>
        <source>Knocked over</source>
        <translation>Renversé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="77"/>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="78"/>
        <source>Vandalised</source>
        <translation>Vandalisé</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="79"/>
        <source>On fire</source>
        <translation>En feu</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="80"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="187"/>
        <source>Alarm, not handled yet</source>
        <translation>Alarme, pas encore prise en charge</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="188"/>
        <source>Alarm handled (intervention, shelved, suppressed)</source>
        <translation>Alarme prise en charge (intervention, en attente, supprimée)</translation>
    </message>
</context>
</TS>
