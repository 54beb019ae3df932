<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AlarmEngine</name>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="639"/>
        <source>cabinet %1</source>
        <translation>cabinet %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="641"/>
        <source>street %1</source>
        <translation>street %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="643"/>
        <source>district %1</source>
        <translation>district %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmengine.cpp" line="645"/>
        <source>whole city</source>
        <translation>whole city</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/alarms/alarmengine.cpp" line="660"/>
        <source>%n light(s), %1</source>
        <translation>
            <numerusform>%n light, %1</numerusform>
            <numerusform>%n lights, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/alarms/alarmengine.cpp" line="662"/>
        <source>%n container(s), %1</source>
        <translation>
            <numerusform>%n container, %1</numerusform>
            <numerusform>%n containers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/alarms/alarmengine.cpp" line="664"/>
        <source>%n alarm(s), %1</source>
        <translation>
            <numerusform>%n alarm, %1</numerusform>
            <numerusform>%n alarms, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineReason</name>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="19"/>
        <source>Empty message</source>
        <translation>Empty message</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="20"/>
        <source>Not UTF-8 text</source>
        <translation>Not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="21"/>
        <source>Not JSON</source>
        <translation>Not JSON</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="22"/>
        <source>Message too large</source>
        <translation>Message too large</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="23"/>
        <source>Not an entity</source>
        <translation>Not an entity</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="24"/>
        <source>No identifier</source>
        <translation>No identifier</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="25"/>
        <source>No entity type</source>
        <translation>No entity type</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="26"/>
        <source>Unsupported data model</source>
        <translation>Unsupported data model</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="27"/>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="28"/>
        <source>Value out of range</source>
        <translation>Value out of range</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="29"/>
        <source>Invalid time</source>
        <translation>Invalid time</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="30"/>
        <source>Local time skipped by the clock change</source>
        <translation>Local time skipped by the clock change</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="31"/>
        <source>Unknown asset</source>
        <translation>Unknown asset</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="32"/>
        <source>Asset of another kind</source>
        <translation>Asset of another kind</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="33"/>
        <source>Device not bound to an asset</source>
        <translation>Device not bound to an asset</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="34"/>
        <source>No subscription for this topic</source>
        <translation>No subscription for this topic</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="35"/>
        <source>Not an uplink</source>
        <translation>Not an uplink</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="36"/>
        <source>Unsupported network event</source>
        <translation>Unsupported network event</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="37"/>
        <source>Network server log</source>
        <translation>Network server log</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="38"/>
        <source>Missing field</source>
        <translation>Missing field</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="39"/>
        <source>No DevEUI</source>
        <translation>No DevEUI</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="40"/>
        <source>Invalid DevEUI</source>
        <translation>Invalid DevEUI</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="41"/>
        <source>Topic and body name different devices</source>
        <translation>Topic and body name different devices</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="42"/>
        <source>Invalid base64 payload</source>
        <translation>Invalid base64 payload</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="43"/>
        <source>No codec for this device</source>
        <translation>No codec for this device</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="44"/>
        <source>Unexpected LoRaWAN port</source>
        <translation>Unexpected LoRaWAN port</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="45"/>
        <source>Truncated frame</source>
        <translation>Truncated frame</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="46"/>
        <source>Unknown channel</source>
        <translation>Unknown channel</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="47"/>
        <source>Invalid frame</source>
        <translation>Invalid frame</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="48"/>
        <source>Unknown frame type</source>
        <translation>Unknown frame type</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="50"/>
        <source>Citizen report of a service the city lacks</source>
        <translation>Citizen report of a service the city lacks</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="51"/>
        <source>Citizen report without a place</source>
        <translation>Citizen report without a place</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="52"/>
        <source>Citizen report with impossible coordinates</source>
        <translation>Citizen report with impossible coordinates</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="53"/>
        <source>Citizen report text too long</source>
        <translation>Citizen report text too long</translation>
    </message>
    <message>
        <location filename="../app/quarantinereasons.cpp" line="54"/>
        <source>Citizen report with an invalid photo link</source>
        <translation>Citizen report with an invalid photo link</translation>
    </message>
</context>
<context>
    <name>SessionFileWriter</name>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="29"/>
        <source>A session file is already open: %1.</source>
        <translation>A session file is already open: %1.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="40"/>
        <source>Cannot create the session file %1: %2.</source>
        <translation>Cannot create the session file %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="46"/>
        <source>Cannot write the session file %1: %2.</source>
        <translation>Cannot write the session file %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="63"/>
        <location filename="../core/recording/sessionfilewriter.cpp" line="80"/>
        <location filename="../core/recording/sessionfilewriter.cpp" line="135"/>
        <location filename="../core/recording/sessionfilewriter.cpp" line="146"/>
        <source>No session file is open.</source>
        <translation>No session file is open.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="67"/>
        <source>A record of %1 bytes could not be recorded.</source>
        <translation>A record of %1 bytes could not be recorded.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="89"/>
        <source>The buffered records could not be indexed.</source>
        <translation>The buffered records could not be indexed.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="116"/>
        <source>Cannot write to the session file %1: %2.</source>
        <translation>Cannot write to the session file %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="139"/>
        <source>Cannot save the session file %1 to disk: %2.</source>
        <translation>Cannot save the session file %1 to disk: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionfilewriter.cpp" line="151"/>
        <source>Cannot write the index of the session file %1: %2.</source>
        <translation>Cannot write the index of the session file %1: %2.</translation>
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
        <translation>No session is open.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="56"/>
        <location filename="../core/recording/sessionexport.cpp" line="108"/>
        <source>The window to export ends before it starts.</source>
        <translation>The window to export ends before it starts.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="58"/>
        <source>A session cannot be exported onto itself.</source>
        <translation>A session cannot be exported onto itself.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="123"/>
        <source>Cannot create the file %1: %2.</source>
        <translation>Cannot create the file %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="125"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionexport.cpp" line="133"/>
        <source>Cannot write the file %1: %2.</source>
        <translation>Cannot write the file %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="24"/>
        <source>The session was not closed (crash, power cut or still recording): its chunks were found by scanning the file.</source>
        <translation>The session was not closed (crash, power cut or still recording): its chunks were found by scanning the file.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="27"/>
        <source>The index of the session at byte %1 is damaged: the chunks were found by scanning the file.</source>
        <translation>The index of the session at byte %1 is damaged: the chunks were found by scanning the file.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="30"/>
        <source>The session header is damaged (%1 bytes): the city and metadata are unknown.</source>
        <translation>The session header is damaged (%1 bytes): the city and metadata are unknown.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="33"/>
        <source>%1 zero bytes at byte %2 (typically a power cut): nothing there could be read.</source>
        <translation>%1 zero bytes at byte %2 (typically a power cut): nothing there could be read.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="36"/>
        <source>The chunk at byte %1 (%2 bytes) is corrupted: its records are lost.</source>
        <translation>The chunk at byte %1 (%2 bytes) is corrupted: its records are lost.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="38"/>
        <source>The file ends inside a chunk at byte %1: its last %2 bytes are lost.</source>
        <translation>The file ends inside a chunk at byte %1: its last %2 bytes are lost.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="39"/>
        <source>%1 unreadable bytes at byte %2.</source>
        <translation>%1 unreadable bytes at byte %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="134"/>
        <source>The session %1 does not exist.</source>
        <translation>The session %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="136"/>
        <source>Cannot open the session %1: %2.</source>
        <translation>Cannot open the session %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="140"/>
        <source>The session file %1 is empty.</source>
        <translation>The session file %1 is empty.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="157"/>
        <source>The session %1 was written by a newer Vigie (format %2); this one reads format %3.</source>
        <translation>The session %1 was written by a newer Vigie (format %2); this one reads format %3.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="179"/>
        <source>%1 is not a Vigie session, or nothing in it can be read.</source>
        <translation>%1 is not a Vigie session, or nothing in it can be read.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="338"/>
        <location filename="../core/recording/sessionreader.cpp" line="352"/>
        <source>There is no such keyframe in this session.</source>
        <translation>There is no such keyframe in this session.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="342"/>
        <source>The keyframe at %1 is in a damaged part of the session.</source>
        <translation>The keyframe at %1 is in a damaged part of the session.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="420"/>
        <source>The markers of the session %1 are damaged; repair the session to rebuild them.</source>
        <translation>The markers of the session %1 are damaged; repair the session to rebuild them.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="452"/>
        <source>The session %1 is open read-only.</source>
        <translation>The session %1 is open read-only.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="454"/>
        <source>The index of the session %1 is intact.</source>
        <translation>The index of the session %1 is intact.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionreader.cpp" line="471"/>
        <source>Cannot write the new index of the session %1: %2.</source>
        <translation>Cannot write the new index of the session %1: %2.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <location filename="../core/recording/sessionrecorder.cpp" line="76"/>
        <source>The session recorder is already running.</source>
        <translation>The session recorder is already running.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionrecorder.cpp" line="79"/>
        <source>Cannot create the session folder %1.</source>
        <translation>Cannot create the session folder %1.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionrecorder.cpp" line="214"/>
        <source>The session recorder is not running.</source>
        <translation>The session recorder is not running.</translation>
    </message>
</context>
<context>
    <name>vigie</name>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="67"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="67"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="88"/>
        <source>Street lights</source>
        <translation>Street lights</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="88"/>
        <source>Waste containers</source>
        <translation>Waste containers</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="33"/>
        <location filename="../app/workordersheet.cpp" line="172"/>
        <source>Work order #%1</source>
        <translation>Work order #%1</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="40"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="40"/>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="41"/>
        <location filename="../app/workordersheet.cpp" line="127"/>
        <source>Place</source>
        <translation>Place</translation>
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
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="45"/>
        <source>Priority score</source>
        <translation>Priority score</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="46"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="48"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="49"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="54"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="93"/>
        <source>Crew: name, date and signature</source>
        <translation>Crew: name, date and signature</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="93"/>
        <source>Supervisor: name, date and signature</source>
        <translation>Supervisor: name, date and signature</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="119"/>
        <source>Notes from the field</source>
        <translation>Notes from the field</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="126"/>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <location filename="../app/workordersheet.cpp" line="127"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmDock</name>
    <message>
        <location filename="../app/alarmdock.cpp" line="40"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="51"/>
        <source>Shel&amp;ved and out of service</source>
        <translation>Shel&amp;ved and out of service</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="52"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="53"/>
        <source>Acknowledge &amp;page</source>
        <translation>Acknowledge &amp;page</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="54"/>
        <source>&amp;Shelve…</source>
        <translation>&amp;Shelve…</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="55"/>
        <source>&amp;Unshelve</source>
        <translation>&amp;Unshelve</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="56"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="57"/>
        <source>&amp;Remove from service…</source>
        <translation>&amp;Remove from service…</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="58"/>
        <source>Re&amp;turn to service</source>
        <translation>Re&amp;turn to service</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="66"/>
        <source>Acknowledge the selected alarms; a group acknowledges its alarms too (F4)</source>
        <translation>Acknowledge the selected alarms; a group acknowledges its alarms too (F4)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="69"/>
        <source>Acknowledge every unacknowledged alarm visible in the list (Shift+F4)</source>
        <translation>Acknowledge every unacknowledged alarm visible in the list (Shift+F4)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="72"/>
        <source>Take the selected alarms out of the list for a while, with a reason (F6)</source>
        <translation>Take the selected alarms out of the list for a while, with a reason (F6)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="75"/>
        <source>Bring the selected shelved alarms back now (Shift+F6)</source>
        <translation>Bring the selected shelved alarms back now (Shift+F6)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="78"/>
        <source>Add a comment to the current alarm&apos;s log (F7)</source>
        <translation>Add a comment to the current alarm&apos;s log (F7)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="81"/>
        <source>Remove the selected alarms from service, e.g. during maintenance, with a reason (F8)</source>
        <translation>Remove the selected alarms from service, e.g. during maintenance, with a reason (F8)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="84"/>
        <source>Put the selected alarms back in service (Shift+F8)</source>
        <translation>Put the selected alarms back in service (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="224"/>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="226"/>
        <source>Urgent and high</source>
        <translation>Urgent and high</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="231"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="236"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="240"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="241"/>
        <source>To acknowledge</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="247"/>
        <source>Search asset, address, district, condition… (Ctrl+F)</source>
        <translation>Search asset, address, district, condition… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="250"/>
        <source>Also list shelved, suppressed-by-design and out-of-service alarms</source>
        <translation>Also list shelved, suppressed-by-design and out-of-service alarms</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="406"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarm</numerusform>
            <numerusform>%n alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="407"/>
        <source>%n to acknowledge</source>
        <translation>
            <numerusform>%n to acknowledge</numerusform>
            <numerusform>%n to acknowledge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="409"/>
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="411"/>
        <source>filtered: %n line(s) shown</source>
        <translation>
            <numerusform>filtered: %n line shown</numerusform>
            <numerusform>filtered: %n lines shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="419"/>
        <source>&lt;p&gt;Select an alarm to see what it means and what to do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F4&lt;/b&gt; acknowledge · &lt;b&gt;Shift+F4&lt;/b&gt; acknowledge page · &lt;b&gt;F6&lt;/b&gt; shelve · &lt;b&gt;F7&lt;/b&gt; comment · &lt;b&gt;F8&lt;/b&gt; remove from service · &lt;b&gt;Enter&lt;/b&gt; show on the map&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select an alarm to see what it means and what to do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F4&lt;/b&gt; acknowledge · &lt;b&gt;Shift+F4&lt;/b&gt; acknowledge page · &lt;b&gt;F6&lt;/b&gt; shelve · &lt;b&gt;F7&lt;/b&gt; comment · &lt;b&gt;F8&lt;/b&gt; remove from service · &lt;b&gt;Enter&lt;/b&gt; show on the map&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="435"/>
        <source>Condition present</source>
        <translation>Condition present</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="435"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="435"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="437"/>
        <source>First activation</source>
        <translation>First activation</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="439"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="440"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="442"/>
        <source>Shelved until</source>
        <translation>Shelved until</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="443"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="446"/>
        <source>Suppressed by</source>
        <translation>Suppressed by</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="448"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="448"/>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="450"/>
        <source>Asset id</source>
        <translation>Asset id</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="454"/>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="456"/>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="460"/>
        <source>%n grouped alarm(s) listed</source>
        <translation>
            <numerusform>%n grouped alarm listed</numerusform>
            <numerusform>%n grouped alarms listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="512"/>
        <source>Comment on the alarm</source>
        <translation>Comment on the alarm</translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="512"/>
        <source>Your comment is added to the alarm&apos;s log, with your name and the time:</source>
        <translation>Your comment is added to the alarm&apos;s log, with your name and the time:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmdock.cpp" line="524"/>
        <source>Remove %n alarm(s) from service</source>
        <translation>
            <numerusform>Remove %n alarm from service</numerusform>
            <numerusform>Remove %n alarms from service</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmdock.cpp" line="525"/>
        <source>Out of service, an alarm is not raised until it is put back in service. Why (maintenance, works…)?</source>
        <translation>Out of service, an alarm is not raised until it is put back in service. Why (maintenance, works…)?</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmKpiDock</name>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="41"/>
        <source>Alarm KPIs</source>
        <translation>Alarm KPIs</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="50"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="53"/>
        <source>Compute the alarm figures again (F5); they refresh every 30 s while shown</source>
        <translation>Compute the alarm figures again (F5); they refresh every 30 s while shown</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="67"/>
        <source>Average per 10 min (24 h):</source>
        <translation>Average per 10 min (24 h):</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="68"/>
        <source>Peak per 10 min:</source>
        <translation>Peak per 10 min:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="69"/>
        <source>10-min periods in flood:</source>
        <translation>10-min periods in flood:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="70"/>
        <source>Standing alarms:</source>
        <translation>Standing alarms:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="71"/>
        <source>Stale alarms (active &gt; 24 h):</source>
        <translation>Stale alarms (active &gt; 24 h):</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="72"/>
        <source>Chattering alarms (≥ 3 in 1 min):</source>
        <translation>Chattering alarms (≥ 3 in 1 min):</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="73"/>
        <source>Unacknowledged:</source>
        <translation>Unacknowledged:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="74"/>
        <source>Shelved:</source>
        <translation>Shelved:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="75"/>
        <source>Suppressed by design:</source>
        <translation>Suppressed by design:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="76"/>
        <source>Out of service:</source>
        <translation>Out of service:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="77"/>
        <source>Share of the 10 most frequent:</source>
        <translation>Share of the 10 most frequent:</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="90"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="95"/>
        <source>The 10 alarms activated most often over the last 24 hours</source>
        <translation>The 10 alarms activated most often over the last 24 hours</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="112"/>
        <source>Alarms per 10 minutes, last 24 hours</source>
        <translation>Alarms per 10 minutes, last 24 hours</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="116"/>
        <source>Alarms reaching the operator</source>
        <translation>Alarms reaching the operator</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="121"/>
        <source>EEMUA 191: 1 per 10 min, very likely acceptable</source>
        <translation>EEMUA 191: 1 per 10 min, very likely acceptable</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="122"/>
        <source>EEMUA 191: 2 per 10 min, manageable</source>
        <translation>EEMUA 191: 2 per 10 min, manageable</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="123"/>
        <source>Flood: 10 per 10 min</source>
        <translation>Flood: 10 per 10 min</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="129"/>
        <source>10-minute periods, oldest left, now at right</source>
        <translation>10-minute periods, oldest left, now at right</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="194"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="207"/>
        <source>Figures unavailable</source>
        <translation>Figures unavailable</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="214"/>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../app/alarmkpidock.cpp" line="256"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmListModel</name>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="26"/>
        <source>District %1</source>
        <translation>District %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="28"/>
        <source>Control cabinet %1</source>
        <translation>Control cabinet %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="35"/>
        <source>Street light</source>
        <translation>Street light</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="36"/>
        <source>Waste container</source>
        <translation>Waste container</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alarmlistmodel.cpp" line="177"/>
        <source>%1 (%n alarm(s))</source>
        <translation>
            <numerusform>%1 (%n alarm)</numerusform>
            <numerusform>%1 (%n alarms)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="179"/>
        <source>Roadworks %1</source>
        <translation>Roadworks %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="190"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="191"/>
        <source>Unacknowledged</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="192"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="193"/>
        <source>Returned to normal, unacknowledged</source>
        <translation>Returned to normal, unacknowledged</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="194"/>
        <source>Shelved</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="195"/>
        <source>Suppressed by design</source>
        <translation>Suppressed by design</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="196"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="204"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="205"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="206"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="207"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="215"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="216"/>
        <source>Reported fault</source>
        <translation>Reported fault</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="217"/>
        <source>Day/night</source>
        <translation>Day/night</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="218"/>
        <source>Communication loss</source>
        <translation>Communication loss</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="219"/>
        <source>Battery low</source>
        <translation>Battery low</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="220"/>
        <source>Rate of change</source>
        <translation>Rate of change</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="221"/>
        <source>Invalid readings</source>
        <translation>Invalid readings</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="222"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="223"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="557"/>
        <source>Shelved until %1</source>
        <translation>Shelved until %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="601"/>
        <source>Consequence:</source>
        <translation>Consequence:</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="603"/>
        <source>Response:</source>
        <translation>Response:</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="606"/>
        <source>Shelved: %1</source>
        <translation>Shelved: %1</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="627"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="628"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="629"/>
        <source>Last activation</source>
        <translation>Last activation</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="630"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="631"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="632"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="633"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../app/alarmlistmodel.cpp" line="634"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmRuleDialog</name>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="61"/>
        <source>Add asset &amp;override…</source>
        <translation>Add asset &amp;override…</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="66"/>
        <source>Alarm rules</source>
        <translation>Alarm rules</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="78"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="79"/>
        <source>A copy of the selected rule for one asset only; it replaces the rule for that asset</source>
        <translation>A copy of the selected rule for one asset only; it replaces the rule for that asset</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="122"/>
        <source>new.rule</source>
        <translation>new.rule</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="137"/>
        <source>Select the rule to override first.</source>
        <translation>Select the rule to override first.</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="150"/>
        <source>No asset &quot;%1&quot; in this city.</source>
        <translation>No asset &quot;%1&quot; in this city.</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="155"/>
        <source>&quot;%1&quot; is not a %2: the rule does not apply to it.</source>
        <translation>&quot;%1&quot; is not a %2: the rule does not apply to it.</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="170"/>
        <source>Asset override</source>
        <translation>Asset override</translation>
    </message>
    <message>
        <location filename="../app/alarmruledialog.cpp" line="171"/>
        <source>Asset id (URN) or inventory reference of the asset this rule applies to:</source>
        <translation>Asset id (URN) or inventory reference of the asset this rule applies to:</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmRuleModel</name>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="33"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="34"/>
        <source>State code</source>
        <translation>State code</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="35"/>
        <source>Day/night</source>
        <translation>Day/night</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="36"/>
        <source>Communication loss</source>
        <translation>Communication loss</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="37"/>
        <source>Battery low</source>
        <translation>Battery low</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="38"/>
        <source>Rate of change</source>
        <translation>Rate of change</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="39"/>
        <source>Invalid readings</source>
        <translation>Invalid readings</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="48"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="49"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="50"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="51"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="136"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="137"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="207"/>
        <location filename="../app/alarmrulemodel.cpp" line="315"/>
        <source>Above</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="207"/>
        <location filename="../app/alarmrulemodel.cpp" line="315"/>
        <source>Below</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="219"/>
        <source>The rule needs a key.</source>
        <translation>The rule needs a key.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="221"/>
        <source>Delays cannot be negative.</source>
        <translation>Delays cannot be negative.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="224"/>
        <source>The rule needs a quantity.</source>
        <translation>The rule needs a quantity.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="226"/>
        <source>The deadband cannot be negative.</source>
        <translation>The deadband cannot be negative.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="233"/>
        <source>The deadband crosses zero: the alarm would clear only beyond %1.</source>
        <translation>The deadband crosses zero: the alarm would clear only beyond %1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="235"/>
        <source>The deadband puts the clearing level outside 0–1.</source>
        <translation>The deadband puts the clearing level outside 0–1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="238"/>
        <source>A fill or battery setpoint is a ratio within 0–1 (0.8 = 80 %).</source>
        <translation>A fill or battery setpoint is a ratio within 0–1 (0.8 = 80 %).</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="240"/>
        <source>The change must be greater than zero.</source>
        <translation>The change must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="244"/>
        <source>A state code rule needs at least one code.</source>
        <translation>A state code rule needs at least one code.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="247"/>
        <source>&quot;%1&quot; is not a %2 %3 value (%4).</source>
        <translation>&quot;%1&quot; is not a %2 %3 value (%4).</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="253"/>
        <source>The period factor must be greater than 1.</source>
        <translation>The period factor must be greater than 1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="255"/>
        <source>The window must be longer than zero.</source>
        <translation>The window must be longer than zero.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="257"/>
        <source>The window cannot be negative.</source>
        <translation>The window cannot be negative.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="259"/>
        <source>The count must be at least 1.</source>
        <translation>The count must be at least 1.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="270"/>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="273"/>
        <source>Rule %1: same key as rule %2 for the same assets.</source>
        <translation>Rule %1: same key as rule %2 for the same assets.</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="311"/>
        <source>every asset</source>
        <translation>every asset</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="448"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="449"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="450"/>
        <source>Asset kind</source>
        <translation>Asset kind</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="451"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="452"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="453"/>
        <source>Setpoint</source>
        <translation>Setpoint</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="454"/>
        <source>Deadband</source>
        <translation>Deadband</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="455"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="456"/>
        <source>On delay (min)</source>
        <translation>On delay (min)</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="457"/>
        <source>Off delay (min)</source>
        <translation>Off delay (min)</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="458"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="459"/>
        <source>Period factor</source>
        <translation>Period factor</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="460"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="461"/>
        <source>Window (min)</source>
        <translation>Window (min)</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="462"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="463"/>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="464"/>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../app/alarmrulemodel.cpp" line="465"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>vigie::AlarmService</name>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="108"/>
        <source>The rules were not saved: rule &quot;%1&quot; is missing a name or given twice.</source>
        <translation>The rules were not saved: rule &quot;%1&quot; is missing a name or given twice.</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="195"/>
        <source>Alarms are off: cannot read %1 (%2).</source>
        <translation>Alarms are off: cannot read %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="207"/>
        <source>Alarms are off: cannot load them from %1 (%2).</source>
        <translation>Alarms are off: cannot load them from %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="240"/>
        <source>rule no longer applies</source>
        <translation>rule no longer applies</translation>
    </message>
</context>
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
        <location filename="../app/appoptions.cpp" line="77"/>
        <source>Review a recorded session file, read-only and without any broker: its timeline, and the map, alarms and interventions as they were at the playhead.</source>
        <translation>Review a recorded session file, read-only and without any broker: its timeline, and the map, alarms and interventions as they were at the playhead.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="78"/>
        <source>Run without a window (with --open311: a city&apos;s Open311 server).</source>
        <translation>Run without a window (with --open311: a city&apos;s Open311 server).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="79"/>
        <source>Serve the Open311 GeoReport v2 endpoint on this TCP port.</source>
        <translation>Serve the Open311 GeoReport v2 endpoint on this TCP port.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="80"/>
        <source>Address the Open311 endpoint listens on (default 127.0.0.1).</source>
        <translation>Address the Open311 endpoint listens on (default 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="81"/>
        <source>Register this Open311 API key (repeatable).</source>
        <translation>Register this Open311 API key (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="82"/>
        <source>Turn every group of citizen reports reaching N residents into an intervention and dispatch it, without the supervisor (unattended demos).</source>
        <translation>Turn every group of citizen reports reaching N residents into an intervention and dispatch it, without the supervisor (unattended demos).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="106"/>
        <source>--broker: the host is missing in &quot;%1&quot; (expected host or host:port)</source>
        <translation>--broker: the host is missing in &quot;%1&quot; (expected host or host:port)</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="151"/>
        <source>--review: no session file %1</source>
        <translation>--review: no session file %1</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="155"/>
        <source>--review cannot be combined with --%1: a review opens the session&apos;s city, without any broker</source>
        <translation>--review cannot be combined with --%1: a review opens the session&apos;s city, without any broker</translation>
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
    <name>vigie::CableCutAlarm</name>
    <message numerus="yes">
        <location filename="../core/coordination/cablecutalarm.cpp" line="27"/>
        <source>Suspected cable cut at works %1: %n lamp(s) dark (%2)</source>
        <translation>
            <numerusform>Suspected cable cut at works %1: %n lamp dark (%2)</numerusform>
            <numerusform>Suspected cable cut at works %1: %n lamps dark (%2)</numerusform>
        </translation>
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
    <name>vigie::CoordinationDesk</name>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="164"/>
        <source>Coordination &amp;panel</source>
        <translation>Coordination &amp;panel</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="166"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Rules…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="167"/>
        <source>Notification &amp;topic…</source>
        <translation>Notification &amp;topic…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="169"/>
        <source>Coordination messages</source>
        <translation>Coordination messages</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="170"/>
        <source>MQTT topic per service ({service} is replaced by roads, waste or lighting):</source>
        <translation>MQTT topic per service ({service} is replaced by roads, waste or lighting):</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="356"/>
        <source>Coordination message delivered to %1.</source>
        <translation>Coordination message delivered to %1.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="359"/>
        <source>The broker refused the coordination message to %1 (%2).</source>
        <translation>The broker refused the coordination message to %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="440"/>
        <source>%n works zone(s)</source>
        <translation>
            <numerusform>%n works zone</numerusform>
            <numerusform>%n works zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="441"/>
        <source>%n active in the window</source>
        <translation>
            <numerusform>%n active in the window</numerusform>
            <numerusform>%n active in the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="443"/>
        <source>%n collection round(s)</source>
        <translation>
            <numerusform>%n collection round</numerusform>
            <numerusform>%n collection rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdesk.cpp" line="446"/>
        <source>%n works zone(s) without a usable geometry are listed only (City › Import report).</source>
        <translation>
            <numerusform>%n works zone without a usable geometry are listed only (City › Import report).</numerusform>
            <numerusform>%n works zones without a usable geometry are listed only (City › Import report).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="450"/>
        <source>The roadworks data is not current: showing %1, when most of its works were active. Press Now to come back.</source>
        <translation>The roadworks data is not current: showing %1, when most of its works were active. Press Now to come back.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="537"/>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="539"/>
        <source>Roadworks %1%2: coordinate with the works owner on site.</source>
        <translation>Roadworks %1%2: coordinate with the works owner on site.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="542"/>
        <source>Collection round %1.</source>
        <translation>Collection round %1.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="544"/>
        <source>Combine with intervention #%1.</source>
        <translation>Combine with intervention #%1.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="578"/>
        <source>Not connected to the broker: the coordination message was not sent.</source>
        <translation>Not connected to the broker: the coordination message was not sent.</translation>
    </message>
    <message>
        <location filename="../app/coordinationdesk.cpp" line="587"/>
        <source>Coordination message for %1 queued on %2.</source>
        <translation>Coordination message for %1 queued on %2.</translation>
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
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="51"/>
        <source>Data period</source>
        <translation>Data period</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="54"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="55"/>
        <source>Combined intervention…</source>
        <translation>Combined intervention…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="66"/>
        <source>Active at</source>
        <translation>Active at</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="67"/>
        <source>Active between</source>
        <translation>Active between</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="79"/>
        <source>Show what is active now</source>
        <translation>Show what is active now</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="80"/>
        <source>Jump into the period the roadworks data covers</source>
        <translation>Jump into the period the roadworks data covers</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="108"/>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="117"/>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="172"/>
        <source>Roads and works</source>
        <translation>Roads and works</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="174"/>
        <source>Waste collection</source>
        <translation>Waste collection</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="176"/>
        <source>Street lighting</source>
        <translation>Street lighting</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="199"/>
        <source>Jump into the period the roadworks data covers (%1 – %2)</source>
        <translation>Jump into the period the roadworks data covers (%1 – %2)</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="353"/>
        <source>Send this item to the service concerned over MQTT</source>
        <translation>Send this item to the service concerned over MQTT</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="354"/>
        <source>Connect to the broker (Broker › Receive live data) to notify other services</source>
        <translation>Connect to the broker (Broker › Receive live data) to notify other services</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="356"/>
        <source>No coordination item in the chosen time window.</source>
        <translation>No coordination item in the chosen time window.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/coordinationdock.cpp" line="357"/>
        <source>%n coordination item(s). Select one to act on it.</source>
        <translation>
            <numerusform>%n coordination item. Select one to act on it.</numerusform>
            <numerusform>%n coordination items. Select one to act on it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="362"/>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="365"/>
        <source>works %1</source>
        <translation>works %1</translation>
    </message>
    <message>
        <location filename="../app/coordinationdock.cpp" line="367"/>
        <source>round %1</source>
        <translation>round %1</translation>
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
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationModel</name>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="21"/>
        <source>Round blocked by works</source>
        <translation>Round blocked by works</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="22"/>
        <source>Suspected cable cut</source>
        <translation>Suspected cable cut</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="23"/>
        <source>Overflow behind works</source>
        <translation>Overflow behind works</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="24"/>
        <source>Combine with works</source>
        <translation>Combine with works</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="25"/>
        <source>Lighting for safety</source>
        <translation>Lighting for safety</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="33"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="34"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="35"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="187"/>
        <source>No district</source>
        <translation>No district</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="261"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="262"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="263"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../app/coordinationmodel.cpp" line="264"/>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationNotifier</name>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="133"/>
        <source>The coordination topic &quot;%1&quot; must contain {service} and no wildcard.</source>
        <translation>The coordination topic &quot;%1&quot; must contain {service} and no wildcard.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="138"/>
        <source>The roadworks topic filter &quot;%1&quot; is not valid.</source>
        <translation>The roadworks topic filter &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="280"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (retry in %2 s)</translation>
    </message>
    <message>
        <location filename="../core/dispatch/coordinationnotifier.cpp" line="511"/>
        <source>&quot;%1&quot; is not a topic a message can be published to.</source>
        <translation>&quot;%1&quot; is not a topic a message can be published to.</translation>
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
        <translation>Coordination rules</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="110"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="120"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="122"/>
        <source>Look ahead</source>
        <translation>Look ahead</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="126"/>
        <source>Also restricted and one-way streets</source>
        <translation>Also restricted and one-way streets</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="130"/>
        <source>Container cut off within</source>
        <translation>Container cut off within</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="136"/>
        <location filename="../app/coordinationruledialog.cpp" line="161"/>
        <source>Dark lamps at least</source>
        <translation>Dark lamps at least</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="138"/>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="140"/>
        <source>Gone dark after the works started, within</source>
        <translation>Gone dark after the works started, within</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="144"/>
        <source>Container behind works within</source>
        <translation>Container behind works within</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="145"/>
        <source>Only closed streets and dead ends</source>
        <translation>Only closed streets and dead ends</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="151"/>
        <source>Intervention within</source>
        <translation>Intervention within</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="153"/>
        <source>Time slack</source>
        <translation>Time slack</translation>
    </message>
    <message>
        <location filename="../app/coordinationruledialog.cpp" line="157"/>
        <source>Lamps within the perimeter by</source>
        <translation>Lamps within the perimeter by</translation>
    </message>
</context>
<context>
    <name>vigie::CoordinationWorker</name>
    <message>
        <location filename="../app/coordinationworker.cpp" line="117"/>
        <source>Roadworks of %1 could not be read: %2</source>
        <translation>Roadworks of %1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../app/coordinationworker.cpp" line="132"/>
        <source>Rounds of %1 could not be read: %2</source>
        <translation>Rounds of %1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../app/coordinationworker.cpp" line="158"/>
        <source>Fill histories could not be read (%1): the forecasts use live readings only.</source>
        <translation>Fill histories could not be read (%1): the forecasts use live readings only.</translation>
    </message>
</context>
<context>
    <name>vigie::CrewLayer</name>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="24"/>
        <source>A</source>
        <comment>crew status letter: available</comment>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="25"/>
        <source>B</source>
        <comment>crew status letter: busy</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="26"/>
        <source>O</source>
        <comment>crew status letter: off shift</comment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="34"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="35"/>
        <source>On an intervention</source>
        <translation>On an intervention</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="36"/>
        <source>Off shift</source>
        <translation>Off shift</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="145"/>
        <source>Crews</source>
        <translation>Crews</translation>
    </message>
    <message>
        <location filename="../gis/map/crewlayer.cpp" line="244"/>
        <source>At the depot (no tracker fix)</source>
        <translation>At the depot (no tracker fix)</translation>
    </message>
</context>
<context>
    <name>vigie::CrewSuggester</name>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="23"/>
        <source>lighting</source>
        <translation>lighting</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="24"/>
        <source>waste</source>
        <translation>waste</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="25"/>
        <source>roads</source>
        <translation>roads</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="26"/>
        <source>other work</source>
        <translation>other work</translation>
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
        <translation>position unknown</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="44"/>
        <source>%1 as the crow flies (no street map)</source>
        <translation>%1 as the crow flies (no street map)</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="46"/>
        <source>no route by the streets</source>
        <translation>no route by the streets</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="47"/>
        <source>%1 by the streets</source>
        <translation>%1 by the streets</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="83"/>
        <source>no %1 skill</source>
        <translation>no %1 skill</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="85"/>
        <source>off shift (%1–%2)</source>
        <translation>off shift (%1–%2)</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="87"/>
        <source>on another intervention</source>
        <translation>on another intervention</translation>
    </message>
    <message>
        <location filename="../gis/network/crewsuggester.cpp" line="89"/>
        <source>position unknown (no tracker fix, no depot)</source>
        <translation>position unknown (no tracker fix, no depot)</translation>
    </message>
</context>
<context>
    <name>vigie::Dispatcher</name>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="124"/>
        <source>The crews&apos; topic prefix &quot;%1&quot; must be a topic without wildcards or a trailing slash.</source>
        <translation>The crews&apos; topic prefix &quot;%1&quot; must be a topic without wildcards or a trailing slash.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="214"/>
        <source>%1 has schema version %2, without the dispatch outbox (version %3).</source>
        <translation>%1 has schema version %2, without the dispatch outbox (version %3).</translation>
    </message>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="242"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>The broker refused the subscription to %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/dispatch/dispatcher.cpp" line="431"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (retry in %2 s)</translation>
    </message>
</context>
<context>
    <name>vigie::FloodBanner</name>
    <message>
        <location filename="../app/floodbanner.cpp" line="13"/>
        <source>Show &amp;grouped alarms</source>
        <translation>Show &amp;grouped alarms</translation>
    </message>
    <message>
        <location filename="../app/floodbanner.cpp" line="25"/>
        <source>Show only the group alarms in the alarm list: related alarms are gathered under them</source>
        <translation>Show only the group alarms in the alarm list: related alarms are gathered under them</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/floodbanner.cpp" line="38"/>
        <source>Alarm flood: %n alarm(s) in 10 min — threshold %1</source>
        <translation>
            <numerusform>Alarm flood: %n alarm in 10 min — threshold %1</numerusform>
            <numerusform>Alarm flood: %n alarms in 10 min — threshold %1</numerusform>
        </translation>
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
        <location filename="../app/ingeststatus.cpp" line="82"/>
        <source>%L1 msg/s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="57"/>
        <source>Session replay: stopped</source>
        <translation>Session replay: stopped</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="58"/>
        <source>Session replay — no broker</source>
        <translation>Session replay — no broker</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="64"/>
        <source>Broker: not connected</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="65"/>
        <source>Broker: connecting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="66"/>
        <source>Broker: connected</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="67"/>
        <source>Broker: not connected, retrying</source>
        <translation>Broker: not connected, retrying</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="71"/>
        <source>Broker: stopped — %1</source>
        <translation>Broker: stopped — %1</translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="73"/>
        <source>Source finished</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="86"/>
        <source>Quarantine: %L1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="89"/>
        <source>Last reason: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="108"/>
        <source>Storage problem: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="115"/>
        <source>No message yet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/ingeststatus.cpp" line="120"/>
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
    <name>vigie::InterventionController</name>
    <message>
        <location filename="../app/interventioncontroller.cpp" line="29"/>
        <source>Creation undone</source>
        <translation>Creation undone</translation>
    </message>
    <message>
        <location filename="../app/interventioncontroller.cpp" line="53"/>
        <source>Intervention #%1 has been dispatched to its crew: changes made before cannot be undone any more.</source>
        <translation>Intervention #%1 has been dispatched to its crew: changes made before cannot be undone any more.</translation>
    </message>
    <message>
        <location filename="../app/interventioncontroller.cpp" line="113"/>
        <source>Session review is read-only: interventions cannot be changed.</source>
        <translation>Session review is read-only: interventions cannot be changed.</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionDesk</name>
    <message>
        <location filename="../app/interventiondesk.cpp" line="76"/>
        <source>Day sheet — %1 — %2</source>
        <translation>Day sheet — %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="175"/>
        <source>Interventions: %1</source>
        <translation>Interventions: %1</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="204"/>
        <source>Dispatch to crews: %1</source>
        <translation>Dispatch to crews: %1</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="226"/>
        <source>No asset in the selection.</source>
        <translation>No asset in the selection.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondesk.cpp" line="227"/>
        <source>%n asset(s) selected on the map: Ctrl+N makes one intervention for them.</source>
        <translation>
            <numerusform>%n asset selected on the map: Ctrl+N makes one intervention for them.</numerusform>
            <numerusform>%n assets selected on the map: Ctrl+N makes one intervention for them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="306"/>
        <location filename="../app/interventiondesk.cpp" line="320"/>
        <location filename="../app/interventiondesk.cpp" line="330"/>
        <source>Interventions are not available: no city is open.</source>
        <translation>Interventions are not available: no city is open.</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="311"/>
        <source>Select alarms in the alarm list, or assets on the map with Shift+drag, then press Ctrl+N.</source>
        <translation>Select alarms in the alarm list, or assets on the map with Shift+drag, then press Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="424"/>
        <source>Busy (#%1)</source>
        <translation>Busy (#%1)</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="425"/>
        <location filename="../app/interventiondesk.cpp" line="602"/>
        <source>Off shift</source>
        <translation>Off shift</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="426"/>
        <location filename="../app/interventiondesk.cpp" line="602"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="429"/>
        <source> (from its depot)</source>
        <translation> (from its depot)</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="556"/>
        <source>Intervention #%1 done</source>
        <translation>Intervention #%1 done</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="602"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="604"/>
        <source>depot (no fix yet)</source>
        <translation>depot (no fix yet)</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="605"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="666"/>
        <source>Nothing to print for this crew today.</source>
        <translation>Nothing to print for this crew today.</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="669"/>
        <source>work-order-%1.pdf</source>
        <translation>work-order-%1.pdf</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="669"/>
        <source>crew-day.pdf</source>
        <translation>crew-day.pdf</translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="670"/>
        <source>Work-order sheet</source>
        <translation>Work-order sheet</translation>
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
            <numerusform>Work-order sheet written: %1 (%n page)</numerusform>
            <numerusform>Work-order sheet written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventiondesk.cpp" line="685"/>
        <source>The work-order sheet could not be written: %1</source>
        <translation>The work-order sheet could not be written: %1</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionDialog</name>
    <message>
        <location filename="../app/interventiondialog.cpp" line="26"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="27"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="28"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="29"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="38"/>
        <source>Alarm priority</source>
        <translation>Alarm priority</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="39"/>
        <source>Open for</source>
        <translation>Open for</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="40"/>
        <source>Time left (SLA)</source>
        <translation>Time left (SLA)</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="41"/>
        <source>Repeated alarms</source>
        <translation>Repeated alarms</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="42"/>
        <source>Citizen reports</source>
        <translation>Citizen reports</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="43"/>
        <source>Near schools, health and care</source>
        <translation>Near schools, health and care</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="44"/>
        <source>Dark at night</source>
        <translation>Dark at night</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="57"/>
        <source>Intervention #%1</source>
        <translation>Intervention #%1</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="57"/>
        <source>New intervention</source>
        <translation>New intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="76"/>
        <source>Set from the priority&apos;s service level; change it if the situation requires</source>
        <translation>Set from the priority&apos;s service level; change it if the situation requires</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="87"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="88"/>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="89"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="90"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="91"/>
        <source>Instructions:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="92"/>
        <source>Assets (%1):</source>
        <translation>Assets (%1):</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="94"/>
        <source>Alarms:</source>
        <translation>Alarms:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondialog.cpp" line="94"/>
        <source>%n alarm(s) answered</source>
        <translation>
            <numerusform>%n alarm answered</numerusform>
            <numerusform>%n alarms answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventiondialog.cpp" line="96"/>
        <source>%n citizen report(s) answered: their authors are informed of every step</source>
        <translation>
            <numerusform>%n citizen report answered: their authors are informed of every step</numerusform>
            <numerusform>%n citizen reports answered: their authors are informed of every step</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="99"/>
        <source>Reports:</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="108"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="108"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="108"/>
        <source>Because</source>
        <translation>Because</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="115"/>
        <source>Crew (suggested: available, skilled, on shift, nearest by street):</source>
        <translation>Crew (suggested: available, skilled, on shift, nearest by street):</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="118"/>
        <source>Not suggested because</source>
        <translation>Not suggested because</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="143"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="143"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="144"/>
        <source>Save and dispatch</source>
        <translation>Save and dispatch</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="144"/>
        <source>Create and dispatch</source>
        <translation>Create and dispatch</translation>
    </message>
    <message>
        <location filename="../app/interventiondialog.cpp" line="191"/>
        <source>Priority score: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Priority score: &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="153"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="154"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="155"/>
        <source>Crews</source>
        <translation>Crews</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="165"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="168"/>
        <source>New intervention for the selected alarms, or the assets selected on the map (Shift+drag) (Ctrl+N)</source>
        <translation>New intervention for the selected alarms, or the assets selected on the map (Shift+drag) (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="171"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="179"/>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="182"/>
        <source>Send the selected interventions to their crews over MQTT (Ctrl+D)</source>
        <translation>Send the selected interventions to their crews over MQTT (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="188"/>
        <source>N&amp;ote…</source>
        <translation>N&amp;ote…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="193"/>
        <source>Show on &amp;map</source>
        <translation>Show on &amp;map</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="199"/>
        <source>Work-order &amp;sheet…</source>
        <translation>Work-order &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="206"/>
        <source>Crew&apos;s &amp;day sheet…</source>
        <translation>Crew&apos;s &amp;day sheet…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="213"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="216"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="220"/>
        <source>Set &amp;status</source>
        <translation>Set &amp;status</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <location filename="../app/interventiondock.cpp" line="298"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <source>Closed in the last 24 h</source>
        <translation>Closed in the last 24 h</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="240"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="245"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="251"/>
        <source>Search number, place, crew…</source>
        <translation>Search number, place, crew…</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="293"/>
        <source>To assign</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="294"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="295"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="296"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="297"/>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Last position</source>
        <translation>Last position</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="337"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="430"/>
        <source>Blocked:</source>
        <translation>Blocked:</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="432"/>
        <source>Priority score</source>
        <translation>Priority score</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="437"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="439"/>
        <source>sent to the crew (version %1)</source>
        <translation>sent to the crew (version %1)</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="440"/>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="452"/>
        <source>Blocked intervention</source>
        <translation>Blocked intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="452"/>
        <source>Cancel intervention</source>
        <translation>Cancel intervention</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="453"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="467"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/interventiondock.cpp" line="467"/>
        <source>Note for intervention #%1:</source>
        <translation>Note for intervention #%1:</translation>
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
        <translation>Waiting for a crew</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="124"/>
        <source>A crew has it</source>
        <translation>A crew has it</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="125"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="126"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../gis/map/interventionlayer.cpp" line="127"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>vigie::InterventionModel</name>
    <message>
        <location filename="../app/interventionmodel.cpp" line="82"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="83"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="84"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="85"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="86"/>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="87"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="88"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="89"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="90"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="98"/>
        <source>Lighting</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="99"/>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="100"/>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="101"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="111"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="111"/>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="125"/>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/interventionmodel.cpp" line="126"/>
        <location filename="../app/interventionmodel.cpp" line="168"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="184"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="185"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="187"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="188"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="189"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="190"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="191"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../app/interventionmodel.cpp" line="192"/>
        <source>Updated</source>
        <translation>Updated</translation>
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
        <location filename="../gis/map/layertreemodel.cpp" line="124"/>
        <source>%1 (%L2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>vigie::LiveRecording</name>
    <message>
        <location filename="../app/liverecording.cpp" line="30"/>
        <source>Session recording: %1</source>
        <translation>Session recording: %1</translation>
    </message>
    <message>
        <location filename="../app/liverecording.cpp" line="52"/>
        <source>Session recording is off: %1</source>
        <translation>Session recording is off: %1</translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>Vigie</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>The broker password could not be read from the system keychain (%1): enter it in Broker › Settings.</source>
        <translation>The broker password could not be read from the system keychain (%1): enter it in Broker › Settings.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>The broker password could not be saved in the system keychain (%1): it is used for this session only.</source>
        <translation>The broker password could not be saved in the system keychain (%1): it is used for this session only.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>Layers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154"/>
        <source>Asset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Quarantine</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>&amp;City</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>&amp;Open city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Open &amp;session…</source>
        <translation>Open &amp;session…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Review a recorded session, read-only (a live window opens it in a new window)</source>
        <translation>Review a recorded session, read-only (a live window opens it in a new window)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>&amp;Import report…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Map</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Zoom &amp;in</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>Zoom &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;Whole city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarms</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>Alarm &amp;list</source>
        <translation>Alarm &amp;list</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>Show &amp;grouped alarms</source>
        <translation>Show &amp;grouped alarms</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="230"/>
        <source>&amp;Sound for new urgent alarms</source>
        <translation>&amp;Sound for new urgent alarms</translation>
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
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;Broker</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>&amp;Receive live data</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>Connect to the broker and receive live data (Ctrl+K); unchecked, the map shows the stored state only</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>&amp;About Vigie</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <location filename="../app/mainwindow.cpp" line="301"/>
        <source>Cannot open the city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="275"/>
        <source>Vigie — %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <source>Opening %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>Importing the city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="282"/>
        <source>Storing the city</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>Loading the city</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="327"/>
        <source>%n feature(s) skipped at import: see City › Import report.</source>
        <translation>
            <numerusform>%n feature skipped at import: see City › Import report.</numerusform>
            <numerusform>%n features skipped at import: see City › Import report.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="388"/>
        <source>Alarms: %1</source>
        <translation>Alarms: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="499"/>
        <source>Reading the password from the system keychain…</source>
        <translation>Reading the password from the system keychain…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="605"/>
        <source>Alarm &amp;rules…</source>
        <translation>Alarm &amp;rules…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>About Vigie</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="663"/>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Hypervision station for city public services: live sensor data over MQTT, cached in SQLite, on an interactive map.&lt;/p&gt;&lt;p&gt;Data of this city: %2&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="738"/>
        <location filename="../app/mainwindow.cpp" line="842"/>
        <source>Cannot open the session</source>
        <translation>Cannot open the session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="751"/>
        <source>Cannot open the session %1: %2</source>
        <translation>Cannot open the session %1: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="760"/>
        <source>The session was recorded in %1, not in %2.</source>
        <translation>The session was recorded in %1, not in %2.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="770"/>
        <source>Vigie — review of %1 (%2)</source>
        <translation>Vigie — review of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="779"/>
        <source>Session timeline</source>
        <translation>Session timeline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="828"/>
        <source>Open a recorded session</source>
        <translation>Open a recorded session</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="830"/>
        <source>Vigie sessions (*.vigiesession);;All files (*)</source>
        <translation>Vigie sessions (*.vigiesession);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="840"/>
        <source>Opening %1 for review in a new window…</source>
        <translation>Opening %1 for review in a new window…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="842"/>
        <source>Vigie could not be started to review %1.</source>
        <translation>Vigie could not be started to review %1.</translation>
    </message>
</context>
<context>
    <name>vigie::MapCanvas</name>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="521"/>
        <source>%1 km</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gis/map/mapcanvas.cpp" line="521"/>
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
        <location filename="../core/ingest/mqttconnection.cpp" line="190"/>
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
        <location filename="../core/ingest/mqttconnection.cpp" line="196"/>
        <source>The broker closed the connection without answering CONNECT: does this port expect TLS, is it an MQTT port?</source>
        <translation>The broker closed the connection without answering CONNECT: does this port expect TLS, is it an MQTT port?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="203"/>
        <source>The broker accepted the connection but did not complete the TLS handshake and answer CONNECT within %1 s (is it a TLS port?).</source>
        <translation>The broker accepted the connection but did not complete the TLS handshake and answer CONNECT within %1 s (is it a TLS port?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="204"/>
        <source>The broker accepted the connection but did not answer CONNECT within %1 s (is it an MQTT port, or does it expect TLS?).</source>
        <translation>The broker accepted the connection but did not answer CONNECT within %1 s (is it an MQTT port, or does it expect TLS?).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="276"/>
        <source>Not connected to the broker.</source>
        <translation>Not connected to the broker.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="302"/>
        <source>The TLS connection failed (wrong CA, expired or mismatched certificate, or a non-TLS port).</source>
        <translation>The TLS connection failed (wrong CA, expired or mismatched certificate, or a non-TLS port).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="303"/>
        <source>The TLS connection failed: %1</source>
        <translation>The TLS connection failed: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="307"/>
        <location filename="../core/ingest/mqttconnection.cpp" line="320"/>
        <source>The broker refused the connection.</source>
        <translation>The broker refused the connection.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="309"/>
        <source>The connection to the broker timed out.</source>
        <translation>The connection to the broker timed out.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="310"/>
        <source>The connection to the broker was lost: %1.</source>
        <translation>The connection to the broker was lost: %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="313"/>
        <source>The broker closed the connection.</source>
        <translation>The broker closed the connection.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="315"/>
        <source>The broker stopped answering (no reply within the keep-alive).</source>
        <translation>The broker stopped answering (no reply within the keep-alive).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="318"/>
        <source>The broker host name &quot;%1&quot; cannot be resolved now.</source>
        <translation>The broker host name &quot;%1&quot; cannot be resolved now.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="323"/>
        <source>The broker broke the MQTT protocol (%1); is it an MQTT port?</source>
        <translation>The broker broke the MQTT protocol (%1); is it an MQTT port?</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="326"/>
        <source>libmosquitto refused the settings: %1.</source>
        <translation>libmosquitto refused the settings: %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="338"/>
        <source>The broker does not accept this MQTT version (CONNACK 1): choose another protocol version.</source>
        <translation>The broker does not accept this MQTT version (CONNACK 1): choose another protocol version.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="340"/>
        <source>The broker rejected the client id (CONNACK 2).</source>
        <translation>The broker rejected the client id (CONNACK 2).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="342"/>
        <source>The broker is unavailable (CONNACK 3).</source>
        <translation>The broker is unavailable (CONNACK 3).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="344"/>
        <source>Bad user name or password (CONNACK 4).</source>
        <translation>Bad user name or password (CONNACK 4).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="346"/>
        <source>Not authorised (CONNACK 5): the broker refused these credentials; check the user name, password and client certificate.</source>
        <translation>Not authorised (CONNACK 5): the broker refused these credentials; check the user name, password and client certificate.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="348"/>
        <source>The broker refused the connection with an unknown code %1.</source>
        <translation>The broker refused the connection with an unknown code %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="353"/>
        <source>The broker does not support MQTT 5 (CONNACK %1): choose MQTT 3.1.1.</source>
        <translation>The broker does not support MQTT 5 (CONNACK %1): choose MQTT 3.1.1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="355"/>
        <source>The broker rejected the client id (CONNACK %1).</source>
        <translation>The broker rejected the client id (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="357"/>
        <source>Bad user name or password (CONNACK %1).</source>
        <translation>Bad user name or password (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="359"/>
        <source>Not authorised (CONNACK %1): the broker refused these credentials; check the user name, password and client certificate.</source>
        <translation>Not authorised (CONNACK %1): the broker refused these credentials; check the user name, password and client certificate.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="361"/>
        <source>The broker does not accept this authentication method (CONNACK %1).</source>
        <translation>The broker does not accept this authentication method (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="363"/>
        <source>The broker has banned this client (CONNACK %1).</source>
        <translation>The broker has banned this client (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="368"/>
        <source>The broker is unavailable or busy (CONNACK %1).</source>
        <translation>The broker is unavailable or busy (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="371"/>
        <source>The broker says to use another server (CONNACK %1).</source>
        <translation>The broker says to use another server (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="373"/>
        <source>The broker refused the connection (CONNACK %1).</source>
        <translation>The broker refused the connection (CONNACK %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="382"/>
        <source>Another client connected with the same client id &quot;%1&quot; and took the session over (DISCONNECT %2): is another Vigie running with these settings? Reconnect once it is closed, or give this station its own client id.</source>
        <translation>Another client connected with the same client id &quot;%1&quot; and took the session over (DISCONNECT %2): is another Vigie running with these settings? Reconnect once it is closed, or give this station its own client id.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="384"/>
        <source>The broker disconnected Vigie: not authorised (DISCONNECT %1).</source>
        <translation>The broker disconnected Vigie: not authorised (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="386"/>
        <source>The broker&apos;s administrator disconnected Vigie (DISCONNECT %1).</source>
        <translation>The broker&apos;s administrator disconnected Vigie (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="389"/>
        <source>The broker says to use another server (DISCONNECT %1).</source>
        <translation>The broker says to use another server (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="391"/>
        <source>The broker is shutting down (DISCONNECT %1).</source>
        <translation>The broker is shutting down (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="393"/>
        <source>The broker closed the connection: keep-alive timeout (DISCONNECT %1).</source>
        <translation>The broker closed the connection: keep-alive timeout (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="395"/>
        <source>The broker closed the connection (DISCONNECT %1).</source>
        <translation>The broker closed the connection (DISCONNECT %1).</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="403"/>
        <source>not authorised (SUBACK %1)</source>
        <translation>not authorised (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="404"/>
        <source>invalid topic filter (SUBACK %1)</source>
        <translation>invalid topic filter (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="405"/>
        <source>quota exceeded (SUBACK %1)</source>
        <translation>quota exceeded (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="406"/>
        <source>shared subscriptions not supported (SUBACK %1)</source>
        <translation>shared subscriptions not supported (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="407"/>
        <source>wildcards not supported (SUBACK %1)</source>
        <translation>wildcards not supported (SUBACK %1)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttconnection.cpp" line="408"/>
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
        <location filename="../core/ingest/mqttsource.cpp" line="36"/>
        <source>The broker host is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="38"/>
        <source>The broker port must be between 1 and 65535.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="40"/>
        <source>A persistent session needs a client id.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="42"/>
        <source>The client id is too long.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="44"/>
        <source>There is no topic to subscribe to.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid MQTT topic filter.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="52"/>
        <source>The QoS of &quot;%1&quot; must be 0, 1 or 2.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="55"/>
        <source>The reconnection delays are inconsistent.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="57"/>
        <source>The keep-alive must be between 5 and 65535 seconds.</source>
        <translation>The keep-alive must be between 5 and 65535 seconds.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="59"/>
        <source>The connection timeout must be at least one second.</source>
        <translation>The connection timeout must be at least one second.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="61"/>
        <source>The MQTT version must be 3.1.1 or 5.</source>
        <translation>The MQTT version must be 3.1.1 or 5.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="63"/>
        <source>A password needs a user name.</source>
        <translation>A password needs a user name.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="66"/>
        <source>A client certificate needs its private key, and the other way round.</source>
        <translation>A client certificate needs its private key, and the other way round.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="70"/>
        <source>The TLS file &quot;%1&quot; cannot be read.</source>
        <translation>The TLS file &quot;%1&quot; cannot be read.</translation>
    </message>
</context>
<context>
    <name>vigie::MqttSource</name>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="202"/>
        <source>%1 (retry in %2 s)</source>
        <translation>%1 (retry in %2 s)</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="240"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>The broker refused the subscription to %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/ingest/mqttsource.cpp" line="273"/>
        <source>The broker closed the connection three times within a minute, each time shortly after accepting it: another client is probably using client id &quot;%1&quot;. Close it (another Vigie?) and reconnect, or give this station its own client id.</source>
        <translation>The broker closed the connection three times within a minute, each time shortly after accepting it: another client is probably using client id &quot;%1&quot;. Close it (another Vigie?) and reconnect, or give this station its own client id.</translation>
    </message>
</context>
<context>
    <name>vigie::PriorityScore</name>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="34"/>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="34"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="35"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="35"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="50"/>
        <source>no due time</source>
        <translation>no due time</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="57"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="58"/>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
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
        <translation>no points of interest in this pack</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="83"/>
        <source>no point of interest</source>
        <translation>no point of interest</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="98"/>
        <source>not a lighting job</source>
        <translation>not a lighting job</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="100"/>
        <source>lighting fault at night</source>
        <translation>lighting fault at night</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="102"/>
        <source>reported after dark by %n resident(s)</source>
        <translation>reported after dark by %n resident(s)</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="104"/>
        <source>lighting fault by day</source>
        <translation>lighting fault by day</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="117"/>
        <source>%n activation(s)</source>
        <translation>%n activation(s)</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="118"/>
        <source>%n report(s)</source>
        <translation>%n report(s)</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../core/interventions/priorityscore.cpp" line="140"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>The payload named no device, or decoding stopped before it did.</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="92"/>
        <source>Not bound to an asset.</source>
        <translation>Not bound to an asset.</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="92"/>
        <source>Bound to %1</source>
        <translation>Bound to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quarantinemodel.cpp" line="94"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="108"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="109"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="110"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="111"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="112"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../app/quarantinemodel.cpp" line="113"/>
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
        <location filename="../app/quarantinesummary.cpp" line="48"/>
        <source>Messages in quarantine by reason: choose one to list only those</source>
        <translation>Messages in quarantine by reason: choose one to list only those</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="49"/>
        <source>Messages in quarantine by device: choose one to list only those</source>
        <translation>Messages in quarantine by device: choose one to list only those</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="66"/>
        <source>All reasons (%1)</source>
        <translation>All reasons (%1)</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="70"/>
        <source>All devices (%1)</source>
        <translation>All devices (%1)</translation>
    </message>
    <message>
        <location filename="../app/quarantinesummary.cpp" line="71"/>
        <source>No device (%1)</source>
        <translation>No device (%1)</translation>
    </message>
</context>
<context>
    <name>vigie::ReportDesk</name>
    <message>
        <location filename="../app/reportdesk.cpp" line="86"/>
        <source>&amp;Import DansMaRue CSV…</source>
        <translation>&amp;Import DansMaRue CSV…</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="89"/>
        <source>Import citizen reports from a Paris DansMaRue export (CSV)</source>
        <translation>Import citizen reports from a Paris DansMaRue export (CSV)</translation>
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
        <translation>Citizen &amp;reports</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="147"/>
        <source>Citizen reports: the city&apos;s services could not be read: %1</source>
        <translation>Citizen reports: the city&apos;s services could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="180"/>
        <source>Citizen reports: %1</source>
        <translation>Citizen reports: %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="197"/>
        <source>Open311 endpoint not started: the city pack lists no services (services.json).</source>
        <translation>Open311 endpoint not started: the city pack lists no services (services.json).</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="206"/>
        <source>Open311 endpoint not started on %1:%2: %3</source>
        <translation>Open311 endpoint not started on %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="211"/>
        <source>Open311 endpoint listening on %1:%2</source>
        <translation>Open311 endpoint listening on %1:%2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="326"/>
        <source>Citizen reports (%1 new)</source>
        <translation>Citizen reports (%1 new)</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="326"/>
        <source>Citizen reports</source>
        <translation>Citizen reports</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="407"/>
        <source>%1: reported by %n resident(s) (reports %2).</source>
        <translation>
            <numerusform>%1: reported by %n resident (reports %2).</numerusform>
            <numerusform>%1: reported by %n residents (reports %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="427"/>
        <source>This group is already answered by intervention #%1.</source>
        <translation>This group is already answered by intervention #%1.</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="476"/>
        <source>Link reports</source>
        <translation>Link reports</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="478"/>
        <source>Link this group to an open intervention (nearest first) or to an alarm of its asset:</source>
        <translation>Link this group to an open intervention (nearest first) or to an alarm of its asset:</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="488"/>
        <source>%1 m away</source>
        <translation>%1 m away</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="488"/>
        <source>place unknown</source>
        <translation>place unknown</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="489"/>
        <source>Intervention #%1 · %2 · %3 · %4</source>
        <translation>Intervention #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="498"/>
        <source>Alarm #%1 · %2 · %3</source>
        <translation>Alarm #%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="510"/>
        <source>No open intervention, and no alarm on the matched asset.</source>
        <translation>No open intervention, and no alarm on the matched asset.</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="513"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="553"/>
        <source>Import DansMaRue reports</source>
        <translation>Import DansMaRue reports</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="554"/>
        <source>DansMaRue exports (*.csv);;All files (*)</source>
        <translation>DansMaRue exports (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="573"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="583"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="597"/>
        <source>%n report(s) imported from %1.</source>
        <translation>
            <numerusform>%n report imported from %1.</numerusform>
            <numerusform>%n reports imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="599"/>
        <source>%n of them joined a group of likely duplicates.</source>
        <translation>
            <numerusform>%n of them joined a group of likely duplicates.</numerusform>
            <numerusform>%n of them joined a group of likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="601"/>
        <source>%n already imported before: skipped.</source>
        <translation>
            <numerusform>%n already imported before: skipped.</numerusform>
            <numerusform>%n already imported before: skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="604"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="606"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="606"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="608"/>
        <source>%n row(s) refused:</source>
        <translation>
            <numerusform>%n row refused:</numerusform>
            <numerusform>%n rows refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportdesk.cpp" line="622"/>
        <source>… and %n more (Show Details).</source>
        <translation>
            <numerusform>… and %n more (Show Details).</numerusform>
            <numerusform>… and %n more (Show Details).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="624"/>
        <source>DansMaRue import</source>
        <translation>DansMaRue import</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="668"/>
        <source>API keys can be registered once a city is open.</source>
        <translation>API keys can be registered once a city is open.</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="676"/>
        <source>added by %1</source>
        <translation>added by %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="680"/>
        <source>API keys not saved: %1</source>
        <translation>API keys not saved: %1</translation>
    </message>
    <message>
        <location filename="../app/reportdesk.cpp" line="688"/>
        <source>Open311: %1 API key(s) registered, %2 revoked.</source>
        <translation>Open311: %1 API key(s) registered, %2 revoked.</translation>
    </message>
</context>
<context>
    <name>vigie::ReportLayer</name>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="176"/>
        <source>Citizen reports</source>
        <translation>Citizen reports</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="193"/>
        <source>New report (street light)</source>
        <translation>New report (street light)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="194"/>
        <source>Reported by 3 residents (container)</source>
        <translation>Reported by 3 residents (container)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="195"/>
        <source>Confirmed (road)</source>
        <translation>Confirmed (road)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="196"/>
        <source>Intervention under way (dumping)</source>
        <translation>Intervention under way (dumping)</translation>
    </message>
    <message>
        <location filename="../gis/map/reportlayer.cpp" line="197"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>vigie::ReportSettingsDialog</name>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="27"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="28"/>
        <source>Intervention created</source>
        <translation>Intervention created</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="29"/>
        <source>A crew has it</source>
        <translation>A crew has it</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="30"/>
        <source>Crew on the way or on site</source>
        <translation>Crew on the way or on site</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="31"/>
        <source>Held up</source>
        <translation>Held up</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="32"/>
        <source>Fixed (closed)</source>
        <translation>Fixed (closed)</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="33"/>
        <source>Not handled (closed)</source>
        <translation>Not handled (closed)</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="53"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="65"/>
        <source>Citizen reports: settings</source>
        <translation>Citizen reports: settings</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="68"/>
        <source>Matching and grouping</source>
        <translation>Matching and grouping</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="71"/>
        <source>A report is matched to the nearest asset of its kind within this distance</source>
        <translation>A report is matched to the nearest asset of its kind within this distance</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="73"/>
        <source>Reports of the same kind this close to an open group join it as likely duplicates</source>
        <translation>Reports of the same kind this close to an open group join it as likely duplicates</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="74"/>
        <source>Matching distance:</source>
        <translation>Matching distance:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="75"/>
        <source>Grouping distance:</source>
        <translation>Grouping distance:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="78"/>
        <source>Open311 endpoint (GeoReport v2)</source>
        <translation>Open311 endpoint (GeoReport v2)</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="80"/>
        <source>Take reports from residents&apos; apps</source>
        <translation>Take reports from residents&apos; apps</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="85"/>
        <source>127.0.0.1 keeps the endpoint to this computer (a reverse proxy publishes it); 0.0.0.0 opens it to the network</source>
        <translation>127.0.0.1 keeps the endpoint to this computer (a reverse proxy publishes it); 0.0.0.0 opens it to the network</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="94"/>
        <source>One api_key per line; kept as a fingerprint, it cannot be shown again</source>
        <translation>One api_key per line; kept as a fingerprint, it cannot be shown again</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="98"/>
        <source>One api_key per line</source>
        <translation>One api_key per line</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="100"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="101"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="102"/>
        <source>Register API keys:</source>
        <translation>Register API keys:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="103"/>
        <source>Revoke API keys:</source>
        <translation>Revoke API keys:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="106"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="111"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="113"/>
        <source>Keep reporters&apos; contact details for:</source>
        <translation>Keep reporters&apos; contact details for:</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="114"/>
        <source>Names, e-mail addresses and phone numbers are kept apart from the reports, never shown in Vigie, to crews or in exports, and deleted after this period.</source>
        <translation>Names, e-mail addresses and phone numbers are kept apart from the reports, never shown in Vigie, to crews or in exports, and deleted after this period.</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="120"/>
        <source>Messages to residents (Open311 status notes; {service}, {address}, {date}, {reason}):</source>
        <translation>Messages to residents (Open311 status notes; {service}, {address}, {date}, {reason}):</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="123"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="123"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../app/reportsettingsdialog.cpp" line="123"/>
        <source>English</source>
        <translation>English</translation>
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
        <translation>Citizen reports</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="75"/>
        <source>&amp;Confirm group</source>
        <translation>&amp;Confirm group</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="77"/>
        <source>These reports are the same problem: keep the group as it is</source>
        <translation>These reports are the same problem: keep the group as it is</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="82"/>
        <source>S&amp;plit</source>
        <translation>S&amp;plit</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="84"/>
        <source>The selected report is another problem: move it to a group of its own</source>
        <translation>The selected report is another problem: move it to a group of its own</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="89"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="91"/>
        <source>Link the group to an alarm or an intervention already open</source>
        <translation>Link the group to an alarm or an intervention already open</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="96"/>
        <source>&amp;Intervention…</source>
        <translation>&amp;Intervention…</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="98"/>
        <source>Create an intervention for this group: its residents are informed of every step</source>
        <translation>Create an intervention for this group: its residents are informed of every step</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="103"/>
        <source>Show on &amp;map</source>
        <translation>Show on &amp;map</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="109"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <source>Inbox: new groups</source>
        <translation>Inbox: new groups</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <location filename="../app/reportsdock.cpp" line="233"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="121"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Matched asset</source>
        <translation>Matched asset</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <location filename="../app/reportsdock.cpp" line="218"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="141"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="207"/>
        <location filename="../app/reportsdock.cpp" line="299"/>
        <location filename="../app/reportsdock.cpp" line="433"/>
        <source>none within reach</source>
        <translation>none within reach</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="219"/>
        <source>Intervention created</source>
        <translation>Intervention created</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="220"/>
        <source>A crew has it</source>
        <translation>A crew has it</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="221"/>
        <source>Crew on the way or on site</source>
        <translation>Crew on the way or on site</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="222"/>
        <source>Held up</source>
        <translation>Held up</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="223"/>
        <source>Fixed (closed)</source>
        <translation>Fixed (closed)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="224"/>
        <source>Not handled (closed)</source>
        <translation>Not handled (closed)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="235"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="237"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="239"/>
        <source>Intervention #%1</source>
        <translation>Intervention #%1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="241"/>
        <source>Alarm #%1</source>
        <translation>Alarm #%1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="296"/>
        <source>%1–%2 m</source>
        <translation>%1–%2 m</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="310"/>
        <source>#%1 (no description)</source>
        <translation>#%1 (no description)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="406"/>
        <source>Select a group or a report.</source>
        <translation>Select a group or a report.</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="413"/>
        <source>Report #%1 · %2</source>
        <translation>Report #%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="414"/>
        <source>Received: %1 (%2)</source>
        <translation>Received: %1 (%2)</translation>
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
        <translation>CSV import</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="419"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="421"/>
        <location filename="../app/reportsdock.cpp" line="435"/>
        <source>Position: %1, %2</source>
        <translation>Position: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="423"/>
        <source>Matched asset: %1, %2</source>
        <translation>Matched asset: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="424"/>
        <location filename="../app/reportsdock.cpp" line="436"/>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="425"/>
        <source>What the resident wrote:</source>
        <translation>What the resident wrote:</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="425"/>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="427"/>
        <source>Photo (not opened by Vigie): %1</source>
        <translation>Photo (not opened by Vigie): %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="429"/>
        <source>Last message to the resident:</source>
        <translation>Last message to the resident:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportsdock.cpp" line="432"/>
        <source>%n resident(s) reported it</source>
        <translation>
            <numerusform>%n resident reported it</numerusform>
            <numerusform>%n residents reported it</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="433"/>
        <source>Matched asset: %1</source>
        <translation>Matched asset: %1</translation>
    </message>
    <message>
        <location filename="../app/reportsdock.cpp" line="437"/>
        <source>Open the group to read each report. Contact details of residents are never shown: they are informed automatically as the intervention progresses.</source>
        <translation>Open the group to read each report. Contact details of residents are never shown: they are informed automatically as the intervention progresses.</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewBanner</name>
    <message>
        <location filename="../app/reviewbanner.cpp" line="62"/>
        <source>Session review — read only</source>
        <translation>Session review — read only</translation>
    </message>
</context>
<context>
    <name>vigie::ReviewController</name>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="43"/>
        <source>%1 does not say which city it was recorded in (its header is damaged).</source>
        <translation>%1 does not say which city it was recorded in (its header is damaged).</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="47"/>
        <source>No temporary folder for the review: %1</source>
        <translation>No temporary folder for the review: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reviewcontroller.cpp" line="63"/>
        <source>%n damaged part(s) skipped</source>
        <translation>
            <numerusform>%n damaged part skipped</numerusform>
            <numerusform>%n damaged parts skipped</numerusform>
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
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="113"/>
        <source>Export a time window…</source>
        <translation>Export a time window…</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="114"/>
        <source>Export the shift report (CSV)…</source>
        <translation>Export the shift report (CSV)…</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="165"/>
        <source>End of the session.</source>
        <translation>End of the session.</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="175"/>
        <source>A state snapshot of the session could not be read: the review rebuilds from the records alone.</source>
        <translation>A state snapshot of the session could not be read: the review rebuilds from the records alone.</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="198"/>
        <source>Not available in session review: a recorded session is read-only.</source>
        <translation>Not available in session review: a recorded session is read-only.</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="242"/>
        <source>The bookmark could not be saved: %1</source>
        <translation>The bookmark could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="247"/>
        <source>Bookmark placed at %1.</source>
        <translation>Bookmark placed at %1.</translation>
    </message>
</context>
<context>
    <name>vigie::RoadworksLayer</name>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="171"/>
        <source>Roadworks by traffic impact</source>
        <translation>Roadworks by traffic impact</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="195"/>
        <source>Not active at the chosen time</source>
        <translation>Not active at the chosen time</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="298"/>
        <source>Road closed</source>
        <translation>Road closed</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="299"/>
        <source>Dead end</source>
        <translation>Dead end</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="300"/>
        <source>One way</source>
        <translation>One way</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="301"/>
        <source>Traffic restricted</source>
        <translation>Traffic restricted</translation>
    </message>
    <message>
        <location filename="../gis/map/roadworkslayer.cpp" line="304"/>
        <source>Impact not stated</source>
        <translation>Impact not stated</translation>
    </message>
</context>
<context>
    <name>vigie::RoundLayer</name>
    <message>
        <location filename="../gis/map/roundlayer.cpp" line="102"/>
        <source>Collection rounds</source>
        <translation>Collection rounds</translation>
    </message>
    <message>
        <location filename="../gis/map/roundlayer.cpp" line="126"/>
        <source>Forecast to overflow before collection</source>
        <translation>Forecast to overflow before collection</translation>
    </message>
</context>
<context>
    <name>vigie::SessionExportDialog</name>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="56"/>
        <source>Export a time window</source>
        <translation>Export a time window</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="56"/>
        <source>Export the shift report</source>
        <translation>Export the shift report</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="69"/>
        <source>A smaller session file holding this window (with the keyframe before it), to replay elsewhere.</source>
        <translation>A smaller session file holding this window (with the keyframe before it), to replay elsewhere.</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="71"/>
        <source>Every operator action of this window, as a spreadsheet (CSV): time, operator, action, target, detail.</source>
        <translation>Every operator action of this window, as a spreadsheet (CSV): time, operator, action, target, detail.</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="76"/>
        <source>From (%1)</source>
        <translation>From (%1)</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="77"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="81"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="103"/>
        <source>The window ends before it starts.</source>
        <translation>The window ends before it starts.</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="120"/>
        <source>Vigie sessions (*.vigiesession)</source>
        <translation>Vigie sessions (*.vigiesession)</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/sessionexportdialog.cpp" line="125"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>vigie::SessionPlayer</name>
    <message>
        <location filename="../core/recording/sessionplayer.cpp" line="249"/>
        <source>No session is open.</source>
        <translation>No session is open.</translation>
    </message>
    <message>
        <location filename="../core/recording/sessionplayer.cpp" line="261"/>
        <source>The bookmark could not be saved in %1: %2.</source>
        <translation>The bookmark could not be saved in %1: %2.</translation>
    </message>
</context>
<context>
    <name>vigie::ShelveDialog</name>
    <message numerus="yes">
        <location filename="../app/shelvedialog.cpp" line="27"/>
        <source>Shelve %n alarm(s)</source>
        <translation>
            <numerusform>Shelve %n alarm</numerusform>
            <numerusform>Shelve %n alarms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="29"/>
        <source>Why, for the audit trail and the next shift (required)</source>
        <translation>Why, for the audit trail and the next shift (required)</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="32"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="33"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="34"/>
        <source>8 hours</source>
        <translation>8 hours</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="36"/>
        <source>Until the end of the shift (%1)</source>
        <translation>Until the end of the shift (%1)</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="40"/>
        <source>Until…</source>
        <translation>Until…</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="50"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="51"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="52"/>
        <source>&amp;Back at:</source>
        <translation>&amp;Back at:</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="53"/>
        <source>A shelved alarm leaves the list and the sound; it comes back by itself at the time above (24 hours at most). Shelving is recorded with your name.</source>
        <translation>A shelved alarm leaves the list and the sound; it comes back by itself at the time above (24 hours at most). Shelving is recorded with your name.</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="91"/>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>Give a reason: it is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="93"/>
        <source>The end of the shelving must be in the future.</source>
        <translation>The end of the shelving must be in the future.</translation>
    </message>
    <message>
        <location filename="../app/shelvedialog.cpp" line="95"/>
        <source>An alarm can be shelved for 24 hours at most.</source>
        <translation>An alarm can be shelved for 24 hours at most.</translation>
    </message>
</context>
<context>
    <name>vigie::SocialPoiIndex</name>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="83"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="85"/>
        <source>Crèche or kindergarten</source>
        <translation>Crèche or kindergarten</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="87"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="89"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="91"/>
        <source>Care home</source>
        <translation>Care home</translation>
    </message>
    <message>
        <location filename="../gis/network/socialpoiindex.cpp" line="92"/>
        <source>Place of interest</source>
        <translation>Place of interest</translation>
    </message>
</context>
<context>
    <name>vigie::TimelineBar</name>
    <message>
        <location filename="../app/timelinebar.cpp" line="52"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="53"/>
        <source>Operator action</source>
        <translation>Operator action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="54"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="55"/>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="56"/>
        <source>Recording gap</source>
        <translation>Recording gap</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="63"/>
        <source>&quot;%1&quot; is not a date and time: %2</source>
        <translation>&quot;%1&quot; is not a date and time: %2</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="84"/>
        <source>nothing was typed</source>
        <translation>nothing was typed</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="116"/>
        <source>the offset %1 is out of range</source>
        <translation>the offset %1 is out of range</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="128"/>
        <source>expected dd/mm/yyyy hh:mm:ss, hh:mm or yyyy-mm-ddThh:mm:ss</source>
        <translation>expected dd/mm/yyyy hh:mm:ss, hh:mm or yyyy-mm-ddThh:mm:ss</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="131"/>
        <source>there is no such day</source>
        <translation>there is no such day</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="134"/>
        <source>there is no such time of day</source>
        <translation>there is no such time of day</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="138"/>
        <source>this time does not exist in %1 (clock change)</source>
        <translation>this time does not exist in %1 (clock change)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="343"/>
        <source>‹ Alarm</source>
        <translation>‹ Alarm</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="343"/>
        <source>Previous alarm transition</source>
        <translation>Previous alarm transition</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="344"/>
        <source>‹ Action</source>
        <translation>‹ Action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="344"/>
        <source>Previous operator action</source>
        <translation>Previous operator action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="345"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="345"/>
        <source>Step back (Left)</source>
        <translation>Step back (Left)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="346"/>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="346"/>
        <source>Step forward (Right)</source>
        <translation>Step forward (Right)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="347"/>
        <source>Action ›</source>
        <translation>Action ›</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="347"/>
        <source>Next operator action</source>
        <translation>Next operator action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="348"/>
        <source>Alarm ›</source>
        <translation>Alarm ›</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="348"/>
        <source>Next alarm transition</source>
        <translation>Next alarm transition</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="356"/>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="363"/>
        <source>Time at the playhead (local time of the city)</source>
        <translation>Time at the playhead (local time of the city)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="370"/>
        <source>Go to dd/mm/yyyy hh:mm:ss</source>
        <translation>Go to dd/mm/yyyy hh:mm:ss</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="371"/>
        <source>Type a date and time (local time), or a time of the day shown, then Enter (Ctrl+G)</source>
        <translation>Type a date and time (local time), or a time of the day shown, then Enter (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="377"/>
        <source>Bookmark…</source>
        <translation>Bookmark…</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="378"/>
        <source>Place a bookmark with a note at the playhead</source>
        <translation>Place a bookmark with a note at the playhead</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="411"/>
        <source>No earlier alarm transition</source>
        <translation>No earlier alarm transition</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="412"/>
        <source>No later alarm transition</source>
        <translation>No later alarm transition</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="413"/>
        <source>No earlier operator action</source>
        <translation>No earlier operator action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="414"/>
        <source>No later operator action</source>
        <translation>No later operator action</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="450"/>
        <source>No earlier marker</source>
        <translation>No earlier marker</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="451"/>
        <source>No later marker</source>
        <translation>No later marker</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="495"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="495"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="496"/>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="496"/>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="592"/>
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marker</numerusform>
            <numerusform>%n markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="605"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="647"/>
        <source>Note for the bookmark at %1, then Enter</source>
        <translation>Note for the bookmark at %1, then Enter</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="686"/>
        <source>%1 is outside the session (%2 – %3)</source>
        <translation>%1 is outside the session (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="700"/>
        <source>%1 (seeking…)</source>
        <translation>%1 (seeking…)</translation>
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
    <message>
        <location filename="../gis/map/symbology.cpp" line="187"/>
        <source>Alarm, not handled yet</source>
        <translation>Alarm, not handled yet</translation>
    </message>
    <message>
        <location filename="../gis/map/symbology.cpp" line="188"/>
        <source>Alarm handled (intervention, shelved, suppressed)</source>
        <translation>Alarm handled (intervention, shelved, suppressed)</translation>
    </message>
</context>
</TS>
