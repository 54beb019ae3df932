<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>vigie::AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="13" />
        <source>Vigie — city hypervision station</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="16" />
        <source>City pack to open: a name (montpellier, paris, monaco) or a folder.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="17" />
        <source>SQLite database to use instead of the one in the user's data folder.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="18" />
        <source>Interface language: fr or en.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="19" />
        <source>MQTT broker, as host or host:port.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="20" />
        <source>MQTT client id (keep it stable: the broker keeps the session under it).</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="21" />
        <source>Topic filter to subscribe to (repeatable).</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="22" />
        <source>Do not connect to the broker: show the cached city only.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="23" />
        <source>Forget the saved window layout.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="24" />
        <source>Save a picture of the window to this PNG file, then quit.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="25" />
        <source>Seconds to wait before the screenshot (default 5).</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::BrokerDialog</name>
    <message>
        <location filename="../app/brokerdialog.cpp" line="24" />
        <source>MQTT broker</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="32" />
        <source>One MQTT topic filter per line, for example vigie/montpellier/#</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="35" />
        <source>QoS 1 with the persistent session keeps messages sent while Vigie is closed.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="40" />
        <source>Host</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="41" />
        <source>Port</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="42" />
        <source>User name</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="43" />
        <source>Password</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="44" />
        <source>Topics</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="45" />
        <source>QoS</source>
        <translation />
    </message>
    <message>
        <location filename="../app/brokerdialog.cpp" line="48" />
        <source>Client id</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="28" />
        <source>No history yet</source>
        <translation />
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="44" />
        <source>Fill level (%)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="45" />
        <source>Fill level</source>
        <translation />
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="51" />
        <source>Power state</source>
        <translation />
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="52" />
        <source>On (1) / off (0)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="70" />
        <source>Fault reported</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::ImportReportDialog</name>
    <message>
        <location filename="../app/importreportdialog.cpp" line="14" />
        <source>Import report — %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="19" />
        <source>Every feature of every layer was imported.</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../app/importreportdialog.cpp" line="20" />
        <source>%n feature(s) could not be used and were skipped. The rest of the city was imported.</source>
        <translation>
            <numerusform>%n feature could not be used and was skipped. The rest of the city was imported.</numerusform><numerusform>%n features could not be used and were skipped. The rest of the city was imported.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Layer</source>
        <translation />
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Feature</source>
        <translation />
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Id</source>
        <translation />
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="23" />
        <source>Reason</source>
        <translation />
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="30" />
        <source>whole layer</source>
        <translation />
    </message>
    <message>
        <location filename="../app/importreportdialog.cpp" line="35" />
        <source>Data: %1. Details in %2/ATTRIBUTION.md.</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::IngestStatus</name>
    <message>
        <location filename="../app/ingeststatus.cpp" line="39" />
        <source>Messages refused by ingest, kept with their reason. Click to inspect them.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="40" />
        <location filename="../app/ingeststatus.cpp" line="71" />
        <source>%L1 msg/s</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="57" />
        <source>Broker: not connected</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="58" />
        <source>Broker: connecting…</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="59" />
        <source>Broker: connected</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="60" />
        <source>Broker: connection lost, retrying</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="61" />
        <source>Broker: refused</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="62" />
        <source>Source finished</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="75" />
        <source>Quarantine: %L1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="78" />
        <source>Last reason: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="97" />
        <source>Storage problem: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="104" />
        <source>No message yet</source>
        <translation />
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="109" />
        <source>Last message %1 (%2 s ago)</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::InspectorPanel</name>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="64" />
        <source>never</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="73" />
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform><numerusform>%n s ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="75" />
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inspectorpanel.cpp" line="77" />
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="101" />
        <source>Layer</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="102" />
        <source>Address</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="103" />
        <source>Position</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="104" />
        <source>Condition</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="105" />
        <source>Latest values</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="106" />
        <source>Last seen</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118" />
        <source>Source field</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="118" />
        <source>Value</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="169" />
        <source>&lt;b&gt;No asset selected&lt;/b&gt;&lt;br&gt;Click a marker on the map.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177" />
        <source>Street light</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="177" />
        <source>Waste container</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="186" />
        <source>not given by the source</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="192" />
        <source>Fill level: %1 %</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="194" />
        <source>Status: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="196" />
        <source>Power: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="197" />
        <source>none received yet</source>
        <translation />
    </message>
    <message>
        <location filename="../app/inspectorpanel.cpp" line="198" />
        <source>message received %1&lt;br&gt;observed %2</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::LabelLayer</name>
    <message>
        <location filename="../gis/map/labellayer.cpp" line="47" />
        <source>Labels</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::LayerTreeModel</name>
    <message>
        <location filename="../gis/map/layertreemodel.cpp" line="119" />
        <source>%1 (%L2)</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="48" />
        <source>Vigie</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92" />
        <source>Layers</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97" />
        <source>Asset</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102" />
        <source>Quarantine</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112" />
        <source>&amp;City</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113" />
        <source>&amp;Open city</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="122" />
        <source>&amp;Import report…</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="124" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128" />
        <source>Map</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130" />
        <source>Zoom &amp;in</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132" />
        <source>Zoom &amp;out</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134" />
        <source>&amp;Whole city</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143" />
        <source>&amp;Broker</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144" />
        <source>&amp;Receive live data</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="145" />
        <source>Connect to the broker and receive live data (Ctrl+K); unchecked, the map shows the stored state only</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149" />
        <source>&amp;Settings…</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="153" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154" />
        <source>&amp;About Vigie</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166" />
        <location filename="../app/mainwindow.cpp" line="201" />
        <source>Cannot open the city</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175" />
        <source>Vigie — %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177" />
        <source>Opening %1</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181" />
        <source>Importing the city</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182" />
        <source>Storing the city</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183" />
        <source>Loading the city</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="218" />
        <source>%n feature(s) skipped at import: see City › Import report.</source>
        <translation>
            <numerusform>%n feature skipped at import: see City › Import report.</numerusform><numerusform>%n features skipped at import: see City › Import report.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="298" />
        <source>About Vigie</source>
        <translation />
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="299" />
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Hypervision station for city public services: live sensor data over MQTT, cached in SQLite, on an interactive map.&lt;/p&gt;&lt;p&gt;Data of this city: %2&lt;/p&gt;</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::MapCanvas</name>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="481" />
        <source>%1 km</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="481" />
        <source>%1 m</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::MqttSettings</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="30" />
        <source>The broker host is empty.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="32" />
        <source>The broker port must be between 1 and 65535.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="34" />
        <source>A persistent session needs a client id.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="36" />
        <source>The client id is too long.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="38" />
        <source>There is no topic to subscribe to.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="43" />
        <source>"%1" is not a valid MQTT topic filter.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="46" />
        <source>The QoS of "%1" must be 0, 1 or 2.</source>
        <translation />
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="49" />
        <source>The reconnection delays are inconsistent.</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::QuarantinePanel</name>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="21" />
        <source>(empty payload)</source>
        <translation />
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Received</source>
        <translation />
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Topic</source>
        <translation />
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Reason</source>
        <translation />
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="46" />
        <source>Detail</source>
        <translation />
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="54" />
        <source>Select a message to see its payload as received.</source>
        <translation />
    </message>
    <message>
        <location filename="../app/quarantinepanel.cpp" line="133" />
        <source>Message %1 · %2 bytes · %3

%4</source>
        <translation />
    </message>
</context>
<context>
    <name>vigie::symbology</name>
    <message>
        <location filename="../gis/map/symbology.cpp" line="43" />
        <source>Out of order</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="44" />
        <source>Incident (lid, fire, moved…)</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="46" />
        <source>Full</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="47" />
        <source>Nearly full</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="48" />
        <source>Silent sensor</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="49" />
        <source>Lit</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="50" />
        <source>Switched off</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="52" />
        <location filename="../gis/map/symbology.cpp" line="64" />
        <source>In service</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="53" />
        <source>Below threshold</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="55" />
        <source>No data yet</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="65" />
        <source>Defective lamp</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="66" />
        <source>Column problem</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="67" />
        <source>Broken lantern</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="68" />
        <source>On</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="69" />
        <source>Off</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="70" />
        <source>Dimmed</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="71" />
        <source>Starting up</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="74" />
        <source>OK</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="75" />
        <source>Lid open</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="76" />
        <source>Knocked over</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="77" />
        <source>Moved</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="78" />
        <source>Vandalised</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="79" />
        <source>On fire</source>
        <translation />
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="80" />
        <source>Unknown</source>
        <translation />
    </message>
</context>
</TS>