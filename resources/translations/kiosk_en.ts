<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="80" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="89" />
        <source>These settings apply until you finish. They are reset for the next visitor.</source>
        <translation>These settings apply until you finish. They are reset for the next visitor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="91" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="93" />
        <source>Text size %1 percent</source>
        <translation>Text size %1 percent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="94" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="95" />
        <location filename="../../kiosk/ui/screens/accessibility.py" line="100" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="96" />
        <source>High contrast off</source>
        <translation>High contrast off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="97" />
        <location filename="../../kiosk/ui/screens/accessibility.py" line="102" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="98" />
        <source>High contrast on</source>
        <translation>High contrast on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="99" />
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="101" />
        <source>Read aloud off</source>
        <translation>Read aloud off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="103" />
        <source>Read aloud on</source>
        <translation>Read aloud on</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="94" />
        <source>Public services</source>
        <translation>Public services</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="97" />
        <source>Welcome! Touch a tile to begin.</source>
        <translation>Welcome! Touch a tile to begin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="100" />
        <source>The kiosk's local data were damaged and have been replaced with a fresh copy. The kiosk works normally. Staff have been informed through the kiosk's log.</source>
        <translation>The kiosk's local data were damaged and have been replaced with a fresh copy. The kiosk works normally. Staff have been informed through the kiosk's log.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="104" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="105" />
        <source>Close the notice</source>
        <translation>Close the notice</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="126" />
        <source>Are you still there? To protect your privacy, everything you entered will be cleared and the kiosk will return to the start.</source>
        <translation>Are you still there? To protect your privacy, everything you entered will be cleared and the kiosk will return to the start.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="128" />
        <source>%n second(s) left</source>
        <translation><numerusform>%n second left</numerusform><numerusform>%n seconds left</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="129" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="130" />
        <source>Continue, I am still here</source>
        <translation>Continue, I am still here</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="49" />
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="51" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="52" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="53" />
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="55" />
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="74" />
        <source>Offices and opening hours</source>
        <translation>Offices and opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="104" />
        <source>Loading the list of offices…</source>
        <translation>Loading the list of offices…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="105" />
        <source>Visit any of these offices. Opening hours are local time.</source>
        <translation>Visit any of these offices. Opening hours are local time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="106" />
        <source>The list of offices is not available yet. Please ask a member of staff.</source>
        <translation>The list of offices is not available yet. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="107" />
        <source>The list of offices cannot be shown right now. Please ask a member of staff.</source>
        <translation>The list of offices cannot be shown right now. Please ask a member of staff.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="254" />
        <source>Public services kiosk</source>
        <translation>Public services kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="255" />
        <location filename="../../kiosk/ui/shell.py" line="256" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="257" />
        <location filename="../../kiosk/ui/shell.py" line="258" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="261" />
        <source>Switch language to English</source>
        <translation>Switch language to English</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="262" />
        <source>Switch language to Russian</source>
        <translation>Switch language to Russian</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="263" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="264" />
        <source>Accessibility: text size, contrast, read aloud</source>
        <translation>Accessibility: text size, contrast, read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="265" />
        <source>Offline — demo data</source>
        <translation>Offline — demo data</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="118" />
        <source>Offices and opening hours</source>
        <translation>Offices and opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="109" />
        <source>Large text, contrast and read aloud</source>
        <translation>Large text, contrast and read aloud</translation>
    </message>
</context>
</TS>