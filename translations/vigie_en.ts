<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>vigie::AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="64"/>
        <source>Vigie — city hypervision station</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="67"/>
        <source>City pack to open: a name (montpellier, paris, monaco) or a folder.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="68"/>
        <source>SQLite database to use instead of the one in the user&apos;s data folder.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="69"/>
        <source>Interface language: fr or en.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="70"/>
        <source>MQTT broker, as host or host:port.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="71"/>
        <source>MQTT client id (keep it stable: the broker keeps the session under it).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="72"/>
        <source>Topic filter to subscribe to, and how to decode it (repeatable): FORMAT is fiware (default), ttn or chirpstack (optionally with a LoRaWAN codec, e.g. ttn:dingtek-df703), or json with its mapping file (json:mapping.yaml).</source>
        <translation>Topic filter to subscribe to, and how to decode it (repeatable): FORMAT is fiware (default), ttn or chirpstack (optionally with a LoRaWAN codec, e.g. ttn:dingtek-df703), or json with its mapping file (json:mapping.yaml).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="100"/>
        <source>--broker: the host is missing in &quot;%1&quot; (expected host or host:port)</source>
        <translation>--broker: the host is missing in &quot;%1&quot; (expected host or host:port)</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="73"/>
        <source>Do not connect to the broker: show the cached city only.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="74"/>
        <source>Forget the saved window layout.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="75"/>
        <source>Save a picture of the window to this PNG file, then quit.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="76"/>
        <source>Seconds to wait before the screenshot (default 5).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::BindingDialog</name>
    <message>
        <location filename="../app/bindingdialog.cpp" line="44"/>
        <source>Street light</source>
        <translation>Street light</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="44"/>
        <source>Waste container</source>
        <translation>Waste container</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="114"/>
        <source>Container &amp;depth</source>
        <translation>Container &amp;depth</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="119"/>
        <source>Bind device %1</source>
        <translation>Bind device %1</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="121"/>
        <source>Search the assets by id, label, address or reference</source>
        <translation>Search the assets by id, label, address or reference</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="133"/>
        <source>Distance from the sensor to the container&apos;s bottom: an ultrasonic sensor&apos;s distance then gives the fill level. Waste containers only.</source>
        <translation>Distance from the sensor to the container&apos;s bottom: an ultrasonic sensor&apos;s distance then gives the fill level. Waste containers only.</translation>
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
            <numerusform>&amp;Reprocess its quarantined message once bound</numerusform>
            <numerusform>&amp;Reprocess its %n quarantined messages once bound</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="146"/>
        <source>Device &lt;b&gt;%1&lt;/b&gt;: choose the asset it measures.</source>
        <translation>Device &lt;b&gt;%1&lt;/b&gt;: choose the asset it measures.</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="209"/>
        <source>No asset chosen.</source>
        <translation>No asset chosen.</translation>
    </message>
    <message>
        <location filename="../app/bindingdialog.cpp" line="213"/>
        <source>Asset: %1 (%2)</source>
        <translation>Asset: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::BrokerDialog</name>
    <message>
        <location filename="../app/brokerdialog.cpp" line="51"/>
        <source>MQTT broker</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="183"/>
        <source>QoS 1 with the persistent session keeps messages sent while Vigie is closed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="136"/>
        <source>Host</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="38"/>
        <source>Clean session (forget what was published while Vigie was closed)</source>
        <translation>Clean session (forget what was published while Vigie was closed)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="41"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="45"/>
        <source>Do not check that the certificate names the host (insecure)</source>
        <translation>Do not check that the certificate names the host (insecure)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="47"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
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
        <translation>MQTT 5 reports more precise causes; choose 3.1.1 for brokers that do not speak it.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="75"/>
        <source>Must be unique on the broker and stable from one run to the next: changing it abandons the persistent session (what the broker kept for Vigie).</source>
        <translation>Must be unique on the broker and stable from one run to the next: changing it abandons the persistent session (what the broker kept for Vigie).</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="82"/>
        <source>Kept in the system keychain</source>
        <translation>Kept in the system keychain</translation>
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
        <translation>PEM files (*.pem *.crt *.key *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="96"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>The system&apos;s certificate authorities</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="97"/>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="97"/>
        <source>Certificate authority of the broker</source>
        <translation>Certificate authority of the broker</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="98"/>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="98"/>
        <source>Client certificate (optional)</source>
        <translation>Client certificate (optional)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="99"/>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="99"/>
        <source>Private key of the client certificate (unencrypted)</source>
        <translation>Private key of the client certificate (unencrypted)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>Topic filter</source>
        <translation>Topic filter</translation>
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
        <translation>Mapping file</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="110"/>
        <source>Topic filters use MQTT wildcards: + one level, # the rest (vigie/montpellier/#).</source>
        <translation>Topic filters use MQTT wildcards: + one level, # the rest (vigie/montpellier/#).</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="113"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="115"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="137"/>
        <source>Port</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="138"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="140"/>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="142"/>
        <source>User name</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="143"/>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="157"/>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="200"/>
        <source>Choose the mapping file of the json format</source>
        <translation>Choose the mapping file of the json format</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="205"/>
        <source>Mapping files (*.yaml *.yml);;All files (*)</source>
        <translation>Mapping files (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="209"/>
        <source>from the device</source>
        <translation>from the device</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="210"/>
        <source>LoRaWAN payload codec for uplinks without a decoded payload, e.g. milesight-em310-udl; empty: chosen from the uplink&apos;s device description.</source>
        <translation>LoRaWAN payload codec for uplinks without a decoded payload, e.g. milesight-em310-udl; empty: chosen from the uplink&apos;s device description.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="273"/>
        <source>The json format of &quot;%1&quot; needs a mapping file.</source>
        <translation>The json format of &quot;%1&quot; needs a mapping file.</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="293"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="105"/>
        <source>QoS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="139"/>
        <source>Client id</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::ClientIdLock</name>
    <message>
        <location filename="../app/clientidlock.cpp" line="21"/>
        <source>Cannot create the folder %1 for the client id lock.</source>
        <translation>Cannot create the folder %1 for the client id lock.</translation>
    </message>
    <message>
        <location filename="../app/clientidlock.cpp" line="37"/>
        <source>Another Vigie on this computer (process %1) already uses client id &quot;%2&quot;: the broker would disconnect one each time the other connects. Close it, or give this one another client id.</source>
        <translation>Another Vigie on this computer (process %1) already uses client id &quot;%2&quot;: the broker would disconnect one each time the other connects. Close it, or give this one another client id.</translation>
    </message>
    <message>
        <location filename="../app/clientidlock.cpp" line="42"/>
        <source>Cannot write the client id lock %1.</source>
        <translation>Cannot write the client id lock %1.</translation>
    </message>
</context>
<context>
    <name>vigie::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="28"/>
        <source>No history yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="55"/>
        <source>Fill level (%)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="56"/>
        <source>Fill level</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="64"/>
        <source>Power state</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="65"/>
        <source>On (1) / off (0)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="85"/>
        <source>Fault reported</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="96"/>
        <source>Invalid reading</source>
        <translation>Invalid reading</translation>
    </message>
</context>
<context>
    <name>vigie::ImportReportDialog</name>
    <message>
        <location filename="../app/importreportdialog.cpp" line="14"/>
        <source>Import report — %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="19"/>
        <source>Every feature of every layer was imported.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importreportdialog.cpp" line="20"/>
        <source>%n feature(s) could not be used and were skipped. The rest of the city was imported.</source>
        <translation>
            <numerusform>%n feature could not be used and was skipped. The rest of the city was imported.</numerusform>
            <numerusform>%n features could not be used and were skipped. The rest of the city was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Layer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Feature</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Id</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23"/>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="30"/>
        <source>whole layer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="35"/>
        <source>Data: %1. Details in %2/ATTRIBUTION.md.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::IngestStatus</name>
    <message>
        <location filename="../app/ingeststatus.cpp" line="39"/>
        <source>Messages refused by ingest, kept with their reason. Click to inspect them.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="40"/>
        <location filename="../app/ingeststatus.cpp" line="75"/>
        <source>%L1 msg/s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="57"/>
        <source>Broker: not connected</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="58"/>
        <source>Broker: connecting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="59"/>
        <source>Broker: connected</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="60"/>
        <source>Broker: not connected, retrying</source>
        <translation>Broker: not connected, retrying</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="64"/>
        <source>Broker: stopped — %1</source>
        <translation>Broker: stopped — %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="66"/>
        <source>Source finished</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="79"/>
        <source>Quarantine: %L1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="82"/>
        <source>Last reason: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="101"/>
        <source>Storage problem: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="108"/>
        <source>No message yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="113"/>
        <source>Last message %1 (%2 s ago)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::InspectorPanel</name>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="64"/>
        <source>never</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="73"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="75"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="77"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="101"/>
        <source>Layer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="102"/>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="103"/>
        <source>Position</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="104"/>
        <source>Condition</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="105"/>
        <source>Latest values</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="106"/>
        <source>Last seen</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118"/>
        <source>Source field</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118"/>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="169"/>
        <source>&lt;b&gt;No asset selected&lt;/b&gt;&lt;br&gt;Click a marker on the map.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177"/>
        <source>Street light</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177"/>
        <source>Waste container</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="186"/>
        <source>not given by the source</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="193"/>
        <source> &lt;i&gt;(stale: invalid reading at %1)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(stale: invalid reading at %1)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="196"/>
        <source>Fill level: %1 %</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="199"/>
        <source>Status: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="202"/>
        <source>Power: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="204"/>
        <source>none received yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="205"/>
        <source>message received %1&lt;br&gt;observed %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::LabelLayer</name>
    <message>
        <location filename="../gis/map/labellayer.cpp" line="47"/>
        <source>Labels</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::LayerTreeModel</name>
    <message>
        <location filename="../gis/map/layertreemodel.cpp" line="119"/>
        <source>%1 (%L2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="51"/>
        <source>Vigie</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>The broker password could not be read from the system keychain (%1): enter it in Broker › Settings.</source>
        <translation>The broker password could not be read from the system keychain (%1): enter it in Broker › Settings.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>The broker password could not be saved in the system keychain (%1): it is used for this session only.</source>
        <translation>The broker password could not be saved in the system keychain (%1): it is used for this session only.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="107"/>
        <source>Layers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Asset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Quarantine</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127"/>
        <source>&amp;City</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>&amp;Open city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>&amp;Import report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>Map</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="145"/>
        <source>Zoom &amp;in</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Zoom &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>&amp;Whole city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>&amp;Broker</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>&amp;Receive live data</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>Connect to the broker and receive live data (Ctrl+K); unchecked, the map shows the stored state only</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;About Vigie</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182"/>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>Cannot open the city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191"/>
        <source>Vigie — %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Opening %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="197"/>
        <source>Importing the city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>Storing the city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>Loading the city</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="234"/>
        <source>%n feature(s) skipped at import: see City › Import report.</source>
        <translation>
            <numerusform>%n feature skipped at import: see City › Import report.</numerusform>
            <numerusform>%n features skipped at import: see City › Import report.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="291"/>
        <source>Reading the password from the system keychain…</source>
        <translation>Reading the password from the system keychain…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="377"/>
        <source>About Vigie</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="378"/>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Hypervision station for city public services: live sensor data over MQTT, cached in SQLite, on an interactive map.&lt;/p&gt;&lt;p&gt;Data of this city: %2&lt;/p&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::MapCanvas</name>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="481"/>
        <source>%1 km</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="481"/>
        <source>%1 m</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::MqttConnection</name>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="62"/>
        <source>libmosquitto could not create a client (%1).</source>
        <translation>libmosquitto could not create a client (%1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="88"/>
        <source>The TLS files cannot be used: %1.</source>
        <translation>The TLS files cannot be used: %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="104"/>
        <source>The broker host name &quot;%1&quot; does not exist.</source>
        <translation>The broker host name &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="106"/>
        <source>The broker host name &quot;%1&quot; cannot be resolved now: %2.</source>
        <translation>The broker host name &quot;%1&quot; cannot be resolved now: %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="125"/>
        <location filename="../core/ingest/mqttconnection.cpp" line="186"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="146"/>
        <source>Nothing accepts connections on %1 (connection refused): is the broker running, is the port right?</source>
        <translation>Nothing accepts connections on %1 (connection refused): is the broker running, is the port right?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="150"/>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 cannot be reached (%2).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="152"/>
        <source>%1 did not answer within %2 s (a firewall, or a wrong address?).</source>
        <translation>%1 did not answer within %2 s (a firewall, or a wrong address?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="154"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>Cannot connect to %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="192"/>
        <source>The broker closed the connection without answering CONNECT: does this port expect TLS, is it an MQTT port?</source>
        <translation>The broker closed the connection without answering CONNECT: does this port expect TLS, is it an MQTT port?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="199"/>
        <source>The broker accepted the connection but did not complete the TLS handshake and answer CONNECT within %1 s (is it a TLS port?).</source>
        <translation>The broker accepted the connection but did not complete the TLS handshake and answer CONNECT within %1 s (is it a TLS port?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="200"/>
        <source>The broker accepted the connection but did not answer CONNECT within %1 s (is it an MQTT port, or does it expect TLS?).</source>
        <translation>The broker accepted the connection but did not answer CONNECT within %1 s (is it an MQTT port, or does it expect TLS?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="254"/>
        <source>The TLS connection failed (wrong CA, expired or mismatched certificate, or a non-TLS port).</source>
        <translation>The TLS connection failed (wrong CA, expired or mismatched certificate, or a non-TLS port).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="255"/>
        <source>The TLS connection failed: %1</source>
        <translation>The TLS connection failed: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="259"/>
        <location filename="../core/ingest/mqttconnection.cpp" line="272"/>
        <source>The broker refused the connection.</source>
        <translation>The broker refused the connection.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="261"/>
        <source>The connection to the broker timed out.</source>
        <translation>The connection to the broker timed out.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="262"/>
        <source>The connection to the broker was lost: %1.</source>
        <translation>The connection to the broker was lost: %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="265"/>
        <source>The broker closed the connection.</source>
        <translation>The broker closed the connection.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="267"/>
        <source>The broker stopped answering (no reply within the keep-alive).</source>
        <translation>The broker stopped answering (no reply within the keep-alive).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="270"/>
        <source>The broker host name &quot;%1&quot; cannot be resolved now.</source>
        <translation>The broker host name &quot;%1&quot; cannot be resolved now.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="275"/>
        <source>The broker broke the MQTT protocol (%1); is it an MQTT port?</source>
        <translation>The broker broke the MQTT protocol (%1); is it an MQTT port?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="278"/>
        <source>libmosquitto refused the settings: %1.</source>
        <translation>libmosquitto refused the settings: %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="290"/>
        <source>The broker does not accept this MQTT version (CONNACK 1): choose another protocol version.</source>
        <translation>The broker does not accept this MQTT version (CONNACK 1): choose another protocol version.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="292"/>
        <source>The broker rejected the client id (CONNACK 2).</source>
        <translation>The broker rejected the client id (CONNACK 2).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="294"/>
        <source>The broker is unavailable (CONNACK 3).</source>
        <translation>The broker is unavailable (CONNACK 3).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="296"/>
        <source>Bad user name or password (CONNACK 4).</source>
        <translation>Bad user name or password (CONNACK 4).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="298"/>
        <source>Not authorised (CONNACK 5): the broker refused these credentials; check the user name, password and client certificate.</source>
        <translation>Not authorised (CONNACK 5): the broker refused these credentials; check the user name, password and client certificate.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="300"/>
        <source>The broker refused the connection with an unknown code %1.</source>
        <translation>The broker refused the connection with an unknown code %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="305"/>
        <source>The broker does not support MQTT 5 (CONNACK %1): choose MQTT 3.1.1.</source>
        <translation>The broker does not support MQTT 5 (CONNACK %1): choose MQTT 3.1.1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="307"/>
        <source>The broker rejected the client id (CONNACK %1).</source>
        <translation>The broker rejected the client id (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="309"/>
        <source>Bad user name or password (CONNACK %1).</source>
        <translation>Bad user name or password (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="311"/>
        <source>Not authorised (CONNACK %1): the broker refused these credentials; check the user name, password and client certificate.</source>
        <translation>Not authorised (CONNACK %1): the broker refused these credentials; check the user name, password and client certificate.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="313"/>
        <source>The broker does not accept this authentication method (CONNACK %1).</source>
        <translation>The broker does not accept this authentication method (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="315"/>
        <source>The broker has banned this client (CONNACK %1).</source>
        <translation>The broker has banned this client (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="320"/>
        <source>The broker is unavailable or busy (CONNACK %1).</source>
        <translation>The broker is unavailable or busy (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="323"/>
        <source>The broker says to use another server (CONNACK %1).</source>
        <translation>The broker says to use another server (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="325"/>
        <source>The broker refused the connection (CONNACK %1).</source>
        <translation>The broker refused the connection (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="334"/>
        <source>Another client connected with the same client id &quot;%1&quot; and took the session over (DISCONNECT %2): is another Vigie running with these settings? Reconnect once it is closed, or give this station its own client id.</source>
        <translation>Another client connected with the same client id &quot;%1&quot; and took the session over (DISCONNECT %2): is another Vigie running with these settings? Reconnect once it is closed, or give this station its own client id.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="336"/>
        <source>The broker disconnected Vigie: not authorised (DISCONNECT %1).</source>
        <translation>The broker disconnected Vigie: not authorised (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="338"/>
        <source>The broker&apos;s administrator disconnected Vigie (DISCONNECT %1).</source>
        <translation>The broker&apos;s administrator disconnected Vigie (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="341"/>
        <source>The broker says to use another server (DISCONNECT %1).</source>
        <translation>The broker says to use another server (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="343"/>
        <source>The broker is shutting down (DISCONNECT %1).</source>
        <translation>The broker is shutting down (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="345"/>
        <source>The broker closed the connection: keep-alive timeout (DISCONNECT %1).</source>
        <translation>The broker closed the connection: keep-alive timeout (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="347"/>
        <source>The broker closed the connection (DISCONNECT %1).</source>
        <translation>The broker closed the connection (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="355"/>
        <source>not authorised (SUBACK %1)</source>
        <translation>not authorised (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="356"/>
        <source>invalid topic filter (SUBACK %1)</source>
        <translation>invalid topic filter (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="357"/>
        <source>quota exceeded (SUBACK %1)</source>
        <translation>quota exceeded (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="358"/>
        <source>shared subscriptions not supported (SUBACK %1)</source>
        <translation>shared subscriptions not supported (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="359"/>
        <source>wildcards not supported (SUBACK %1)</source>
        <translation>wildcards not supported (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="360"/>
        <source>refused (SUBACK %1)</source>
        <translation>refused (SUBACK %1)</translation>
    </message>
</context>
<context>
    <name>vigie::MqttProbeReport</name>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="38"/>
        <source>Connected in %1 ms.</source>
        <translation>Connected in %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="41"/>
        <source>%1: no answer to the subscription.</source>
        <translation>%1: no answer to the subscription.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="43"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttprobe.cpp" line="45"/>
        <source>%1: granted at QoS %2; no message yet (if messages are expected, check the broker&apos;s ACL: Mosquitto grants denied subscriptions and delivers nothing).</source>
        <translation>%1: granted at QoS %2; no message yet (if messages are expected, check the broker&apos;s ACL: Mosquitto grants denied subscriptions and delivers nothing).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/mqttprobe.cpp" line="47"/>
        <source>%1: granted at QoS %2; %n message(s) received, %3 retained.</source>
        <translation>
            <numerusform>%1: granted at QoS %2; %n message received, %3 retained.</numerusform>
            <numerusform>%1: granted at QoS %2; %n messages received, %3 retained.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::MqttSettings</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="34"/>
        <source>The broker host is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="36"/>
        <source>The broker port must be between 1 and 65535.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="38"/>
        <source>A persistent session needs a client id.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="40"/>
        <source>The client id is too long.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="42"/>
        <source>There is no topic to subscribe to.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="47"/>
        <source>&quot;%1&quot; is not a valid MQTT topic filter.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="50"/>
        <source>The QoS of &quot;%1&quot; must be 0, 1 or 2.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="53"/>
        <source>The reconnection delays are inconsistent.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="55"/>
        <source>The keep-alive must be between 5 and 65535 seconds.</source>
        <translation>The keep-alive must be between 5 and 65535 seconds.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="57"/>
        <source>The connection timeout must be at least one second.</source>
        <translation>The connection timeout must be at least one second.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="59"/>
        <source>The MQTT version must be 3.1.1 or 5.</source>
        <translation>The MQTT version must be 3.1.1 or 5.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="61"/>
        <source>A password needs a user name.</source>
        <translation>A password needs a user name.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="64"/>
        <source>A client certificate needs its private key, and the other way round.</source>
        <translation>A client certificate needs its private key, and the other way round.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="68"/>
        <source>The TLS file &quot;%1&quot; cannot be read.</source>
        <translation>The TLS file &quot;%1&quot; cannot be read.</translation>
    </message>
</context>
<context>
    <name>vigie::MqttSource</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="168"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (retry in %2 s)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="206"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>The broker refused the subscription to %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="239"/>
        <source>The broker closed the connection three times within a minute, each time shortly after accepting it: another client is probably using client id &quot;%1&quot;. Close it (another Vigie?) and reconnect, or give this station its own client id.</source>
        <translation>The broker closed the connection three times within a minute, each time shortly after accepting it: another client is probably using client id &quot;%1&quot;. Close it (another Vigie?) and reconnect, or give this station its own client id.</translation>
    </message>
</context>
<context>
    <name>vigie::QuarantineModel</name>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="81"/>
        <source>%1 UTC · message %2</source>
        <translation>%1 UTC · message %2</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="88"/>
        <source>The payload named no device, or decoding stopped before it did.</source>
        <translation>The payload named no device, or decoding stopped before it did.</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="90"/>
        <source>Not bound to an asset.</source>
        <translation>Not bound to an asset.</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="90"/>
        <source>Bound to %1</source>
        <translation>Bound to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quarantinemodel.cpp" line="92"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="106"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="107"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="108"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="109"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="110"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="111"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>vigie::QuarantinePanel</name>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="94"/>
        <source>the message is no longer in the log</source>
        <translation>the message is no longer in the log</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="128"/>
        <source>(empty payload)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="154"/>
        <source>Only the newest %1 are listed: choose a reason or a device.</source>
        <translation>Only the newest %1 are listed: choose a reason or a device.</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="155"/>
        <source>&amp;Bind device…</source>
        <translation>&amp;Bind device…</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="156"/>
        <source>&amp;Reprocess selected</source>
        <translation>&amp;Reprocess selected</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="157"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="163"/>
        <source>Bind the device of the current message to an asset of the city, then read its quarantined messages again (Ctrl+B)</source>
        <translation>Bind the device of the current message to an asset of the city, then read its quarantined messages again (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="167"/>
        <source>Read the selected messages again through the current routes and bindings, e.g. after fixing a mapping file (Ctrl+R)</source>
        <translation>Read the selected messages again through the current routes and bindings, e.g. after fixing a mapping file (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="171"/>
        <source>Read the quarantine again (F5)</source>
        <translation>Read the quarantine again (F5)</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="303"/>
        <source>The quarantine could not be read: %1</source>
        <translation>The quarantine could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="354"/>
        <source>Reading message %1…</source>
        <translation>Reading message %1…</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="368"/>
        <source>Message %1: %2</source>
        <translation>Message %1: %2</translation>
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
        <translation>The binding of %1 could not be saved: %2</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="421"/>
        <source>Binding %1 to %2…</source>
        <translation>Binding %1 to %2…</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="433"/>
        <source>Device %1 bound.</source>
        <translation>Device %1 bound.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quarantinepanel.cpp" line="457"/>
        <source>Reprocessing %n message(s)…</source>
        <translation>
            <numerusform>Reprocessing %n message…</numerusform>
            <numerusform>Reprocessing %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="464"/>
        <source>Reprocessed: the list shows what is still refused, and why.</source>
        <translation>Reprocessed: the list shows what is still refused, and why.</translation>
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="209"/>
        <source>Select a message to see its payload as received.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::QuarantineSummary</name>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="46"/>
        <source>Messages in quarantine by reason: choose one to list only those</source>
        <translation>Messages in quarantine by reason: choose one to list only those</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="47"/>
        <source>Messages in quarantine by device: choose one to list only those</source>
        <translation>Messages in quarantine by device: choose one to list only those</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="64"/>
        <source>All reasons (%1)</source>
        <translation>All reasons (%1)</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="66"/>
        <source>All devices (%1)</source>
        <translation>All devices (%1)</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="67"/>
        <source>No device (%1)</source>
        <translation>No device (%1)</translation>
    </message>
</context>
<context>
    <name>vigie::symbology</name>
    <message>
        <location filename="../gis/map/symbology.cpp" line="43"/>
        <source>Out of order</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="44"/>
        <source>Incident (lid, fire, moved…)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="46"/>
        <source>Full</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="47"/>
        <source>Nearly full</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="48"/>
        <source>Silent sensor</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="49"/>
        <source>Lit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="50"/>
        <source>Switched off</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="52"/>
        <location filename="../gis/map/symbology.cpp" line="64"/>
        <source>In service</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="53"/>
        <source>Below threshold</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="55"/>
        <source>No data yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="65"/>
        <source>Defective lamp</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="66"/>
        <source>Column problem</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="67"/>
        <source>Broken lantern</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="68"/>
        <source>On</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="69"/>
        <source>Off</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="70"/>
        <source>Dimmed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="71"/>
        <source>Starting up</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="74"/>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="75"/>
        <source>Lid open</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="76"/>
        <source>Knocked over</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="77"/>
        <source>Moved</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="78"/>
        <source>Vandalised</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="79"/>
        <source>On fire</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="80"/>
        <source>Unknown</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::AlarmListModel</name>
    <message numerus="yes">
        <source>%1 (%n alarm(s))</source>
        <translation>
            <numerusform>%1 (%n alarm)</numerusform>
            <numerusform>%1 (%n alarms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::AlarmDock</name>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarm</numerusform>
            <numerusform>%n alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to acknowledge</source>
        <translation>
            <numerusform>%n to acknowledge</numerusform>
            <numerusform>%n to acknowledge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filtered: %n line(s) shown</source>
        <translation>
            <numerusform>filtered: %n line shown</numerusform>
            <numerusform>filtered: %n lines shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grouped alarm(s) listed</source>
        <translation>
            <numerusform>%n grouped alarm listed</numerusform>
            <numerusform>%n grouped alarms listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n alarm(s) from service</source>
        <translation>
            <numerusform>Remove %n alarm from service</numerusform>
            <numerusform>Remove %n alarms from service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ShelveDialog</name>
    <message numerus="yes">
        <source>Shelve %n alarm(s)</source>
        <translation>
            <numerusform>Shelve %n alarm</numerusform>
            <numerusform>Shelve %n alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::FloodBanner</name>
    <message numerus="yes">
        <source>Alarm flood: %n alarm(s) in 10 min — threshold %1</source>
        <translation>
            <numerusform>Alarm flood: %n alarm in 10 min — threshold %1</numerusform>
            <numerusform>Alarm flood: %n alarms in 10 min — threshold %1</numerusform>
        </translation>
    </message>
</context>
</TS>
