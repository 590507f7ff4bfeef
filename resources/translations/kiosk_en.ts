<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="80" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="89" />
        <source>These settings apply until you finish. They are reset for the next visitor.</source>
        <translation>These settings apply until you finish. They are reset for the next visitor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="91" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="95" />
        <source>Text size %1 percent</source>
        <translation>Text size %1 percent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="96" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="97" />
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="102" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="98" />
        <source>High contrast off</source>
        <translation>High contrast off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="99" />
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="104" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="100" />
        <source>High contrast on</source>
        <translation>High contrast on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="101" />
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="103" />
        <source>Read aloud off</source>
        <translation>Read aloud off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="105" />
        <source>Read aloud on</source>
        <translation>Read aloud on</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="46" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="46" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="49" />
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="99" />
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="204" />
        <source>Fill in the fields. Fields marked * are required. You will check everything before sending.</source>
        <translation>Fill in the fields. Fields marked * are required. You will check everything before sending.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="206" />
        <source>Choose a service in the catalogue first, then touch “Apply”.</source>
        <translation>Choose a service in the catalogue first, then touch “Apply”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="172" />
        <source>Please correct the fields marked below (%1).</source>
        <translation>Please correct the fields marked below (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="208" />
        <source>Next: check the application</source>
        <translation>Next: check the application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="209" />
        <source>Next: check the application before sending</source>
        <translation>Next: check the application before sending</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="211" />
        <location filename="../../kiosk/ui/screens/services/application.py" line="212" />
        <source>Open the catalogue</source>
        <translation>Open the catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="253" />
        <source>Check your application</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="351" />
        <source>Check what you entered. Personal numbers are partly hidden for your privacy. To change something, touch “Change”.</source>
        <translation>Check what you entered. Personal numbers are partly hidden for your privacy. To change something, touch “Change”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="353" />
        <source>There is no application to check. Choose a service in the catalogue first.</source>
        <translation>There is no application to check. Choose a service in the catalogue first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="360" />
        <source>Saving your application…</source>
        <translation>Saving your application…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="361" />
        <source>The application could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</source>
        <translation>The application could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="365" />
        <location filename="../../kiosk/ui/screens/services/application.py" line="366" />
        <source>Send the application</source>
        <translation>Send the application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="369" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="370" />
        <source>Change the answers</source>
        <translation>Change the answers</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="85" />
        <source>Public services</source>
        <translation>Public services</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="222" />
        <source>Type what you need, for example “passport” or “pension”, or choose a topic below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="223" />
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="224" />
        <source>Search services: type a word, results appear as you type</source>
        <translation>Search services: type a word, results appear as you type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="225" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="226" />
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="232" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="233" />
        <source>Found: %1. The best matches come first; touch a service to see what to bring.</source>
        <translation>Found: %1. The best matches come first; touch a service to see what to bring.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="234" />
        <source>Nothing found for “%1”. Try typing fewer words or check the spelling, or choose a topic below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="236" />
        <source>Services: %1. Touch a service to see what to bring.</source>
        <translation>Services: %1. Touch a service to see what to bring.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="237" />
        <source>The catalogue cannot be shown right now. Please ask a member of staff.</source>
        <translation>The catalogue cannot be shown right now. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="246" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="258" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="259" />
        <source>Life situations</source>
        <translation>Life situations</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="264" />
        <source>The list of services is not available yet. Please ask a member of staff.</source>
        <translation>The list of services is not available yet. Please ask a member of staff.</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="74" />
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="291" />
        <source>My appointments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="154" />
        <source>Receipt No.</source>
        <translation type="unfinished">Receipt No.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="165" />
        <source>Cancel this appointment? The time becomes free for other patients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="188" />
        <source>Print the receipt again</source>
        <translation type="unfinished">Print the receipt again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="180" />
        <source>Yes, cancel this appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="175" />
        <source>No, keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="195" />
        <source>Cancel the appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="206" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="187" />
        <source>Medical insurance policy number (ENP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="206" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="187" />
        <source>16 digits, as on the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="207" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="188" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="209" />
        <source>Show my appointments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="216" />
        <source>Appointments for policy number (ENP) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="218" />
        <source>Appointments for policy number (ENP) ending in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="222" />
        <source>Look up another policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="225" />
        <source>No upcoming appointments booked at this kiosk were found for this policy and date of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="35" />
        <source>Appointment booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="37" />
        <source>Appointment cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="38" />
        <source>Appointment refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="42" />
        <source>Doctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="43" />
        <source>Specialty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="46" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="40" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="48" />
        <source>Bring your policy and passport. To cancel, use “My appointments” at any kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="100" />
        <source>Confirm the appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="181" />
        <source>Doctor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="180" />
        <source>When: %1 (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="36" />
        <source>Request sent: NOT yet confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="41" />
        <source>Appointment time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="47" />
        <source>Policy number (ENP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="189" />
        <source>Mobile phone for a reminder (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="189" />
        <source>For example +7 927 123-45-67</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="192" />
        <source>Booking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="194" />
        <source>Book the appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="113" />
        <source>Doctor appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="241" />
        <source>Book an appointment with a doctor at a polyclinic. You need the 16-digit number of your medical insurance policy (policy number, ENP). Times are shown in the polyclinic's local time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="256" />
        <source>Choose a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="265" />
        <source>This doctor has no schedule for booking at the moment. Choose another doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="281" />
        <source>unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="283" />
        <source>%1 — free times: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="254" />
        <source>Choose the polyclinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="254" />
        <source>Choose the specialty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="255" />
        <source>Choose the doctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="255" />
        <source>Choose the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="260" />
        <source>There are no free times to book with this doctor in the next 14 days. Choose another doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="263" />
        <source>Nothing to choose from yet: the list of polyclinics has not been loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="277" />
        <source>room %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="279" />
        <source>Not available: this doctor has no schedule for booking. Choose another doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="288" />
        <source>Back one step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="292" />
        <source>My appointments: view or cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="17" />
        <source>Enter the 16-digit number of your medical insurance policy (ENP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="18" />
        <source>The policy number has digits only: 16 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="19" />
        <source>The policy number has 16 digits. Check the number on your policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="20" />
        <source>This policy number is not valid: a digit is probably mistyped. Check it against your policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="21" />
        <source>Enter your date of birth, for example 14.03.1975.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="22" />
        <source>Enter the date of birth as day.month.year, for example 14.03.1975.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="23" />
        <source>The date of birth is in the future: check the year. Format: 14.03.1975.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="24" />
        <source>Check the year of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="25" />
        <source>Enter a mobile number such as +7 927 123-45-67, or leave the field empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="26" />
        <source>This time has already passed. Choose another time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="27" />
        <source>This time has just been taken. Choose another time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="28" />
        <source>This time is no longer in the schedule. Choose another time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="29" />
        <source>This doctor has no schedule for booking. Choose another doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="30" />
        <source>This appointment is no longer active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="31" />
        <source>This appointment was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="32" />
        <source>Something went wrong. Please try again or ask the staff in the hall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="38" />
        <source>Appointment confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="40" />
        <source>Requested, waiting for confirmation. This is a request, not yet an appointment: the polyclinic confirms it when the kiosk is back online. To check it later, use “Check status by receipt” with the receipt number, or “My appointments” with your policy number and date of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="44" />
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="45" />
        <source>Refused: this time was taken before your request arrived. Nearest free times: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="79" />
        <source>none at the moment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="290" />
        <source>Wrong PIN. Attempts left before the pad locks: %1.</source>
        <translation>Wrong PIN. Attempts left before the pad locks: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="144" />
        <location filename="../../kiosk/ui/console/settings.py" line="164" />
        <source>Nothing was saved: correct the fields marked ⚠.</source>
        <translation>Nothing was saved: correct the fields marked ⚠.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="46" />
        <source>Signed in to the staff console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="48" />
        <source>Wrong PIN entered; the PIN pad locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="49" />
        <source>Wrong PIN entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="51" />
        <source>Sign-in refused: the PIN pad was locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="53" />
        <source>Signed out automatically: nobody used the console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="54" />
        <source>Console closed to help a visitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="55" />
        <source>Signed out: the app closed or restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="56" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="59" />
        <source>Technician PIN set at the screen with a one-time setup code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="60" />
        <source>PIN set for the %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="62" />
        <source>One-time setup code printed on the kiosk computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="64" />
        <source>Wrong setup code entered; the PIN pad locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="65" />
        <source>Wrong setup code entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="68" />
        <source>Kiosk token replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="69" />
        <source>Setting “%1” changed to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="71" />
        <source>Sync set up from the command line: kiosk %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="73" />
        <source>Sync started by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="75" />
        <source>Connection tested with values typed on the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="76" />
        <source>Connection tested with the saved settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="78" />
        <source>Database backed up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="80" />
        <source>Database restored from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="82" />
        <source>Database integrity checked: healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="83" />
        <source>Database integrity checked: problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="85" />
        <source>Damaged saved data replaced by a fresh database; what could be read was recovered (the damaged file is kept as %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="87" />
        <source>Diagnostics exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="89" />
        <source>Audit log exported to %1 (entries: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="91" />
        <source>Kiosk mode left for the desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="93" />
        <source>Kiosk app restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="95" />
        <source>Searched for a submission: not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="96" />
        <source>Submission %1 looked up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="98" />
        <source>Searched for submissions by phone number: %1 found</source>
        <translation>Searched for submissions by phone number: %1 found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="99" />
        <source>Searched for submissions by policy number: %1 found</source>
        <translation>Searched for submissions by policy number: %1 found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="100" />
        <source>Searched for submissions: %1 found</source>
        <translation>Searched for submissions: %1 found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="102" />
        <source>Personal data of %1 shown (values: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="104" />
        <source>Receipt %1 printed again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="106" />
        <source>Ticket %1 called to counter %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="108" />
        <source>Ticket %1 called again to counter %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="110" />
        <source>Ticket %1 marked as served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="112" />
        <source>Ticket %1: the visitor did not come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="114" />
        <source>Ticket %1 sent to another queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="116" />
        <source>Started a service for a visitor (assisted mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="145" />
        <location filename="../../kiosk/ui/console/menu.py" line="118" />
        <location filename="../../kiosk/ui/console/menu.py" line="119" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="165" />
        <source>Enter the file to write the audit log to.</source>
        <translation>Enter the file to write the audit log to.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="170" />
        <source>Audit log written: %1</source>
        <translation>Audit log written: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="174" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="143" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="145" />
        <source>It did not work: %1</source>
        <translation>It did not work: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="177" />
        <source>Export to file (CSV)</source>
        <translation>Export to file (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="178" />
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="179" />
        <source>Export the audit log to this file</source>
        <translation>Export the audit log to this file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="180" />
        <location filename="../../kiosk/ui/console/queue.py" line="366" />
        <location filename="../../kiosk/ui/console/sync.py" line="210" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="181" />
        <source>Refresh the audit log</source>
        <translation>Refresh the audit log</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="182" />
        <source>Latest %1 entries, local time (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="187" />
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/base.py" line="190" />
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/controller.py" line="273" />
        <source>Assisted by staff</source>
        <extracomment>Which role each console screen needs (the PIN pad needs none).</extracomment>
        <translation>Assisted by staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="45" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="46" />
        <source>Reprinted by staff.</source>
        <translation>Reprinted by staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="70" />
        <source>The readings are being sent to the regional system right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="71" />
        <source>The readings were delivered and accepted by the regional system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="72" />
        <source>The readings were delivered, but the regional system did not accept them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="73" />
        <source>The readings were not accepted: the regional system already holds a different request with this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="81" />
        <source>Made with the help of a staff member at counter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="82" />
        <source>Made with the help of a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="144" />
        <location filename="../../kiosk/ui/console/menu.py" line="100" />
        <source>Find a submission</source>
        <translation>Find a submission</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="177" />
        <source>The search did not work. Try again; if it keeps failing, call the technician.</source>
        <translation>The search did not work. Try again; if it keeps failing, call the technician.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="191" />
        <source>Enter a receipt number (like K7QW-3M2A-9X4P), a phone number (+7 912 345-67-89) or the 16 digits of a policy number.</source>
        <translation>Enter a receipt number (like K7QW-3M2A-9X4P), a phone number (+7 912 345-67-89) or the 16 digits of a policy number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="207" />
        <source>This is not a receipt number. It looks like K7QW-3M2A-9X4P.</source>
        <translation>This is not a receipt number. It looks like K7QW-3M2A-9X4P.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="209" />
        <source>The look-up failed. Try again.</source>
        <translation>The look-up failed. Try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="237" />
        <source>No submission with this number was made at this kiosk.</source>
        <translation>No submission with this number was made at this kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="278" />
        <source>The receipt has been printed again.</source>
        <translation>The receipt has been printed again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="279" />
        <source>The printer is not working. Write the receipt number down for the visitor.</source>
        <translation>The printer is not working. Write the receipt number down for the visitor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="285" />
        <source>Receipt number (or scan its QR code), phone number or policy number</source>
        <translation>Receipt number (or scan its QR code), phone number or policy number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="286" />
        <source>For example K7QW-3M2A-9X4P, +7 912 345-67-89 or the 16 digits of the policy (ENP)</source>
        <translation>For example K7QW-3M2A-9X4P, +7 912 345-67-89 or the 16 digits of the policy (ENP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="289" />
        <source>Waiting or refused</source>
        <translation>Waiting or refused</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="290" />
        <source>List what is waiting to be sent or was refused on this kiosk</source>
        <translation>List what is waiting to be sent or was refused on this kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="318" />
        <source>What the visitor entered</source>
        <translation>What the visitor entered</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="343" />
        <source>Not passed to the polyclinic yet: the kiosk sends it once it is online.</source>
        <translation>Not passed to the polyclinic yet: the kiosk sends it once it is online.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="356" />
        <source>Asking the regional system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="359" />
        <source>The regional system was not asked (this kiosk is not connected to it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="361" />
        <source>The regional system could not be reached now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="363" />
        <source>The regional system has not received it yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="364" />
        <source>Regional system: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="366" />
        <source>Number in the regional system: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="287" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="288" />
        <source>Find the submission</source>
        <translation>Find the submission</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="304" />
        <location filename="../../kiosk/ui/console/find.py" line="370" />
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="309" />
        <source>Each reading:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="312" />
        <source>Delivery attempts: %1</source>
        <translation>Delivery attempts: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="314" />
        <source>Last delivery problem: %1</source>
        <translation>Last delivery problem: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="321" />
        <source>Personal data has already been removed from this kiosk after delivery.</source>
        <translation>Personal data has already been removed from this kiosk after delivery.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="323" />
        <source>This submission holds no personal data.</source>
        <translation>This submission holds no personal data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="329" />
        <source>Hide personal data</source>
        <translation>Hide personal data</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="329" />
        <source>Show personal data</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="331" />
        <location filename="../../kiosk/ui/console/find.py" line="332" />
        <source>Print the receipt again</source>
        <translation>Print the receipt again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="354" />
        <source>Doctor appointment: the kiosk's record, updated at every sync with the polyclinic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="98" />
        <location filename="../../kiosk/ui/console/menu.py" line="116" />
        <source>Database and diagnostics</source>
        <translation>Database and diagnostics</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="116" />
        <source>Integrity check: the database is healthy.</source>
        <translation>Integrity check: the database is healthy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="117" />
        <source>Integrity check found problems: %1</source>
        <translation>Integrity check found problems: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="123" />
        <source>Enter the file to write the backup to.</source>
        <translation>Enter the file to write the backup to.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="137" />
        <source>This file exists already. Choose a new file name.</source>
        <translation>This file exists already. Choose a new file name.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="139" />
        <source>There is no such backup file.</source>
        <translation>There is no such backup file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="141" />
        <source>This file is not a usable kiosk backup.</source>
        <translation>This file is not a usable kiosk backup.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="150" />
        <source>Enter the backup file to restore.</source>
        <translation>Enter the backup file to restore.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="31" />
        <source>Backup written: %1 (%2 KB, submissions made at this kiosk: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="175" />
        <source>Restored from %1 (submissions made at this kiosk: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="188" />
        <source>Enter the file to write the diagnostics to.</source>
        <translation>Enter the file to write the diagnostics to.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="193" />
        <source>Diagnostics written: %1. It holds no personal data and no token.</source>
        <translation>Diagnostics written: %1. It holds no personal data and no token.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="198" />
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="199" />
        <source>Check integrity</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="200" />
        <source>Check the database integrity</source>
        <translation>Check the database integrity</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="201" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="201" />
        <source>A consistent copy is made while the kiosk runs.</source>
        <translation>A consistent copy is made while the kiosk runs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="202" />
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="203" />
        <source>Back up the database to this file</source>
        <translation>Back up the database to this file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="204" />
        <source>Restore from backup file</source>
        <translation>Restore from backup file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="204" />
        <source>You will be asked to confirm.</source>
        <translation>You will be asked to confirm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="205" />
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="206" />
        <source>Restore the database from this backup</source>
        <translation>Restore the database from this backup</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="207" />
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="208" />
        <source>Diagnostics file (zip)</source>
        <translation>Diagnostics file (zip)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="208" />
        <source>Logs, settings without the token, counts and versions; no personal data.</source>
        <translation>Logs, settings without the token, counts and versions; no personal data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="210" />
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="211" />
        <source>Export diagnostics to this file</source>
        <translation>Export diagnostics to this file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="212" />
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="213" />
        <source>Leave kiosk mode…</source>
        <translation>Leave kiosk mode…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="214" />
        <source>Leave kiosk mode to the desktop</source>
        <translation>Leave kiosk mode to the desktop</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="215" />
        <source>Restart the app…</source>
        <translation>Restart the app…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="216" />
        <source>Restart the kiosk app</source>
        <translation>Restart the kiosk app</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="218" />
        <source>Replace ALL data on this kiosk with the backup %1 (submissions made at this kiosk: %2)? Everything not in the backup will be lost, including requests not yet sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="226" />
        <source>Yes, restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="227" />
        <source>Yes, leave kiosk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="228" />
        <source>Yes, restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="221" />
        <source>Leave kiosk mode? The kiosk app closes and the desktop is shown.</source>
        <translation>Leave kiosk mode? The kiosk app closes and the desktop is shown.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="222" />
        <source>Restart the kiosk app now?</source>
        <translation>Restart the kiosk app now?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="233" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="234" />
        <location filename="../../kiosk/ui/console/queue.py" line="334" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="60" />
        <source>Staff console</source>
        <translation>Staff console</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="93" />
        <source>Signed in as technician</source>
        <translation>Signed in as technician</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="93" />
        <source>Signed in as clerk</source>
        <translation>Signed in as clerk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="97" />
        <source>Hall and visitors</source>
        <translation>Hall and visitors</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="98" />
        <location filename="../../kiosk/ui/console/queue.py" line="88" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="99" />
        <source>Queue: call, recall, served, no-show, redirect</source>
        <translation>Queue: call, recall, served, no-show, redirect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="101" />
        <source>Find a submission by receipt number or QR code</source>
        <translation>Find a submission by receipt number or QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="102" />
        <source>Help a visitor</source>
        <translation>Help a visitor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="103" />
        <source>Start a service for the visitor. The console closes, and what you submit for the visitor is marked “made with staff help”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="112" />
        <location filename="../../kiosk/ui/console/settings.py" line="88" />
        <source>Connection and settings</source>
        <extracomment>Fields chosen from a list rather than typed: the office from the store's offices, the language. Typed in Latin letters whatever the session language: the on-screen keyboard opens in its English layout for them (kiosk/ui/keyboard.py), with the URL keys for the addresses.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="113" />
        <source>Connection to the regional system, settings and connection test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="107" />
        <source>For the visitor: %1</source>
        <translation>For the visitor: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="111" />
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="114" />
        <location filename="../../kiosk/ui/console/sync.py" line="161" />
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="115" />
        <source>Sync dashboard</source>
        <translation>Sync dashboard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="117" />
        <source>Database, diagnostics, leave kiosk mode, restart</source>
        <translation>Database, diagnostics, leave kiosk mode, restart</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="120" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="121" />
        <source>Log out and return to the citizen start screen</source>
        <translation>Log out and return to the citizen start screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="33" />
        <source>This PIN is too easy to guess. Choose another one.</source>
        <translation>This PIN is too easy to guess. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="35" />
        <source>The clerk and technician PINs must differ.</source>
        <translation>The clerk and technician PINs must differ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="38" />
        <source>This PIN cannot be used.</source>
        <translation>This PIN cannot be used.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="108" />
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="294" />
        <source>The two PINs differ. Enter the new PIN again.</source>
        <translation>The two PINs differ. Enter the new PIN again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="295" />
        <source>The PIN could not be saved.</source>
        <translation>The PIN could not be saved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="42" />
        <source>Forgot the PIN? A technician can set a new one on the kiosk computer: main.py set-pin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="307" />
        <location filename="../../kiosk/ui/console/pinpad.py" line="308" />
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="309" />
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="310" />
        <source>First start: enter the setup code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="312" />
        <source>Enter the same technician PIN again</source>
        <translation>Enter the same technician PIN again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="314" />
        <source>The PIN pad is locked</source>
        <translation>The PIN pad is locked</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="322" />
        <source>Locked for %1 min %2 s</source>
        <translation>Locked for %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="285" />
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Too many wrong PINs. Try again in %1 min %2 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="31" />
        <source>A PIN has %1 to %2 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="37" />
        <source>The setup code is no longer valid. A technician can print a new one on the kiosk computer: main.py setup-code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="288" />
        <source>Nobody can set it at this screen. A technician sets it on the kiosk computer: main.py set-pin --role technician, or prints a one-time setup code for this screen: main.py setup-code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="291" />
        <source>Wrong or expired setup code. Attempts left before the pad locks: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="292" />
        <source>A technician prints the code on the kiosk computer: main.py setup-code. It works once, for a limited time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="293" />
        <source>Your PIN is shorter than %1 digits, too easy to find from a copy of the kiosk's data. Choose a new one to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="302" />
        <source>First start: choose the technician PIN (%1 to %2 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="304" />
        <source>Choose a new PIN (%1 to %2 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="311" />
        <source>No technician PIN is set on this kiosk yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="313" />
        <source>Enter the same new PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="327" />
        <source>Digits entered: %1</source>
        <translation>Digits entered: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="338" />
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="339" />
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="340" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="341" />
        <source>Sign in with this PIN</source>
        <translation>Sign in with this PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="140" />
        <location filename="../../kiosk/ui/console/queue.py" line="230" />
        <source>Enter your counter number (1 to 8 letters or digits).</source>
        <translation>Enter your counter number (1 to 8 letters or digits).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="156" />
        <source>Nobody is waiting in this category.</source>
        <translation>Nobody is waiting in this category.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="159" />
        <source>Ticket %1 called to counter %2.</source>
        <translation>Ticket %1 called to counter %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="190" />
        <source>Ticket %1 called again.</source>
        <translation>Ticket %1 called again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="190" />
        <source>Ticket %1 marked as served.</source>
        <translation>Ticket %1 marked as served.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="191" />
        <source>Ticket %1 marked as not come.</source>
        <translation>Ticket %1 marked as not come.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="191" />
        <source>Ticket %1 sent to another queue.</source>
        <translation>Ticket %1 sent to another queue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="221" />
        <location filename="../../kiosk/ui/console/queue.py" line="227" />
        <source>This ticket has not been called.</source>
        <translation>This ticket has not been called.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="222" />
        <location filename="../../kiosk/ui/console/queue.py" line="228" />
        <source>This ticket is finished already.</source>
        <translation>This ticket is finished already.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="223" />
        <location filename="../../kiosk/ui/console/queue.py" line="229" />
        <source>The ticket is in this queue already.</source>
        <translation>The ticket is in this queue already.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="225" />
        <location filename="../../kiosk/ui/console/queue.py" line="231" />
        <source>This cannot be done with this ticket.</source>
        <translation>This cannot be done with this ticket.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="233" />
        <source>The queue could not be changed. Try again.</source>
        <translation>The queue could not be changed. Try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="304" />
        <source>%1 at counter %2, called at %3 — %4</source>
        <translation>%1 at counter %2, called at %3 — %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="309" />
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="309" />
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="310" />
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="315" />
        <source>Another queue…</source>
        <translation>Another queue…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="316" />
        <source>Send %1 to another queue</source>
        <translation>Send %1 to another queue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="319" />
        <source>Which queue should the visitor go to?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="347" />
        <source>Waiting: %1. Longest wait so far: %2 min. Next: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="329" />
        <source>Send %1 to: %2</source>
        <translation>Send %1 to: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="335" />
        <source>Cancel: keep %1 in this queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="340" />
        <source>This kiosk has no office data yet.</source>
        <translation>This kiosk has no office data yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="350" />
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="356" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="357" />
        <source>Call the next visitor: %1</source>
        <translation>Call the next visitor: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="363" />
        <source>Your counter number</source>
        <translation>Your counter number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="363" />
        <source>Visitors are called to this counter.</source>
        <translation>Visitors are called to this counter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="364" />
        <source>Called now</source>
        <translation>Called now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="365" />
        <source>Waiting by category</source>
        <translation>Waiting by category</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="367" />
        <source>Refresh the queue</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="17" />
        <source>https://… (plain http only for localhost)</source>
        <translation>https://… (plain http only for localhost)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="18" />
        <source>Kiosk ID</source>
        <translation>Kiosk ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="19" />
        <location filename="../../kiosk/ui/console/settings_texts.py" line="59" />
        <source>Kiosk token</source>
        <translation>Kiosk token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="20" />
        <source>CA bundle file (optional)</source>
        <translation>CA bundle file (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="20" />
        <source>A PEM file with the certificates to trust</source>
        <translation>A PEM file with the certificates to trust</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="21" />
        <source>Proxy (optional)</source>
        <translation>Proxy (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="21" />
        <source>e.g. http://proxy:3128</source>
        <translation>e.g. http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="22" />
        <source>Sync interval, seconds</source>
        <translation>Sync interval, seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="23" />
        <source>Items per delivery batch</source>
        <translation>Items per delivery batch</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="25" />
        <source>Citizen idle timeout, seconds</source>
        <translation>Citizen idle timeout, seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="26" />
        <source>Console idle timeout, seconds</source>
        <translation>Console idle timeout, seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="24" />
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="17" />
        <source>Regional system address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="18" />
        <source>Given by the regional system, e.g. uly-kiosk-07</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="24" />
        <source>The office this kiosk stands in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="27" />
        <source>Default language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="27" />
        <source>The language a citizen sees first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="28" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="28" />
        <source>Empty: the system printer; pdf:FOLDER saves PDF files</source>
        <translation>Empty: the system printer; pdf:FOLDER saves PDF files</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="29" />
        <source>Read-aloud voice</source>
        <translation>Read-aloud voice</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="29" />
        <source>Empty: the default voice</source>
        <translation>Empty: the default voice</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="36" />
        <source>Enter an address like https://backend.region.ru</source>
        <translation>Enter an address like https://backend.region.ru</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="37" />
        <source>The address must not contain ? or #.</source>
        <translation>The address must not contain ? or #.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="38" />
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>The port in the address is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="41" />
        <source>A token is one line of at least 8 characters without spaces.</source>
        <translation>A token is one line of at least 8 characters without spaces.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="42" />
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="43" />
        <source>This file holds no certificate (no BEGIN CERTIFICATE line).</source>
        <translation>This file holds no certificate (no BEGIN CERTIFICATE line).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="44" />
        <source>Enter a proxy like http://proxy:3128</source>
        <translation>Enter a proxy like http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="45" />
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="46" />
        <source>There is no office with this ID.</source>
        <translation>There is no office with this ID.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="47" />
        <source>Enter ru or en.</source>
        <translation>Enter ru or en.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="48" />
        <source>Too long or has characters that cannot be printed.</source>
        <translation>Too long or has characters that cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="49" />
        <source>There is no such folder.</source>
        <translation>There is no such folder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="51" />
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="58" />
        <source>Name resolution</source>
        <translation>Name resolution</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="58" />
        <source>Connection (TCP)</source>
        <translation>Connection (TCP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="59" />
        <source>Secure connection (TLS) and certificate</source>
        <translation>Secure connection (TLS) and certificate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="60" />
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="69" />
        <source>it was issued by a certificate authority this kiosk does not trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="70" />
        <source>it is self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="71" />
        <source>it has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="72" />
        <source>it is not valid yet (check the kiosk's clock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="74" />
        <source>it was issued for a different address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="96" />
        <source>%1 found: %2</source>
        <translation>%1 found: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="98" />
        <source>The name %1 is not known. Check the address and the DNS settings.</source>
        <translation>The name %1 is not known. Check the address and the DNS settings.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="99" />
        <source>%1 port %2 answers (%3 ms).</source>
        <translation>%1 port %2 answers (%3 ms).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="100" />
        <source>%1 port %2 did not answer in time. A firewall or the network may block it.</source>
        <translation>%1 port %2 did not answer in time. A firewall or the network may block it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="104" />
        <source>%1 port %2 cannot be reached: %3</source>
        <translation>%1 port %2 cannot be reached: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="105" />
        <source>Not used: plain http to this computer.</source>
        <translation>Not used: plain http to this computer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="106" />
        <source>Checked through the proxy in the next step.</source>
        <translation>Checked through the proxy in the next step.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="107" />
        <source>Certificate of %1 is valid until %2 (issued by %3).</source>
        <translation>Certificate of %1 is valid until %2 (issued by %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="111" />
        <source>The secure connection failed: %1</source>
        <translation>The secure connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="112" />
        <source>The CA bundle cannot be used: %1</source>
        <translation>The CA bundle cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="113" />
        <source>No token is saved. Enter the kiosk token and save.</source>
        <translation>No token is saved. Enter the kiosk token and save.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="117" />
        <source>No usable answer: %1</source>
        <translation>No usable answer: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="119" />
        <source>API version %1 is not supported (this kiosk speaks %2).</source>
        <translation>API version %1 is not supported (this kiosk speaks %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="121" />
        <source>The health check did not answer properly: %1</source>
        <translation>The health check did not answer properly: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="122" />
        <source>Not checked: an earlier step failed.</source>
        <translation>Not checked: an earlier step failed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="180" />
        <location filename="../../kiosk/ui/console/settings.py" line="172" />
        <source>Saved. Settings changed: %1.</source>
        <translation>Saved. Settings changed: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="173" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="191" />
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="205" />
        <source>The typed values cannot be tested: correct the fields marked ⚠.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="214" />
        <source>Testing the values typed on the form (not saved yet)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="256" />
        <source>Enter the values given by the regional system's administrator. The token is kept in a protected file and is never shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="293" />
        <source>Connection test of the values typed on the form (not saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="295" />
        <source>Connection test of the saved settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="215" />
        <source>Testing the connection with the saved settings…</source>
        <translation>Testing the connection with the saved settings…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="35" />
        <source>Use https: plain http is allowed only for localhost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="39" />
        <source>A kiosk ID has 1 to 64 characters and no spaces, like uly-kiosk-07.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="40" />
        <source>Enter the token the regional system gave this kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="97" />
        <source>The regional system address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="102" />
        <source>%1 refused the connection on port %2: the regional system is not running there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="109" />
        <source>The certificate is not trusted: %1. Check the CA bundle file above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="114" />
        <source>The regional system accepted the kiosk token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="115" />
        <source>The regional system does not know this token. Enter the token again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="116" />
        <source>The regional system has revoked this kiosk's token. Ask its administrator for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="118" />
        <source>Supported (version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="210" />
        <source>Enter the regional system address first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="221" />
        <source>The connection test could not start.</source>
        <translation>The connection test could not start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="229" />
        <source>The connection test failed unexpectedly.</source>
        <translation>The connection test failed unexpectedly.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="236" />
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="237" />
        <source>The connection does not work: see the step marked ✗.</source>
        <translation>The connection does not work: see the step marked ✗.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="239" />
        <source>These are the values typed on the form: save them to use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="260" />
        <source>The first office in the list (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="263" />
        <source>Russian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="264" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="269" />
        <source>A token is saved. Leave empty to keep it; enter a new one only to replace it.</source>
        <translation>A token is saved. Leave empty to keep it; enter a new one only to replace it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="270" />
        <source>Enter the token once; it will not be shown again.</source>
        <translation>Enter the token once; it will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="280" />
        <source>Changes are not saved: %1. Save them first, or leave without them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="282" />
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="283" />
        <source>Keep editing: stay on this form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="284" />
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="285" />
        <source>Discard the changes and leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="286" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="287" />
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="288" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="289" />
        <source>Test the connection step by step</source>
        <translation>Test the connection step by step</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="31" />
        <source>Service catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="32" />
        <source>Offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="33" />
        <source>Utility providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="34" />
        <source>Polyclinics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="35" />
        <source>Doctors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="36" />
        <source>Doctors' specialties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="37" />
        <source>Doctors' schedules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="38" />
        <source>Appointment times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="39" />
        <source>Polyclinic appointments made here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="43" />
        <source>Polyclinic data (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="49" />
        <source>office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="50" />
        <source>service category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="51" />
        <source>life situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="52" />
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="53" />
        <source>service–situation link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="54" />
        <source>service–office link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="55" />
        <source>utility provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="60" />
        <source>the required field %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="61" />
        <source>the field %1 has a wrong value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="62" />
        <source>its id does not match the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="63" />
        <source>it refers to a row this kiosk does not have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="64" />
        <source>it could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="65" />
        <source>%1 %2 (%3, received %4): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="74" />
        <source>The regional system did not answer in time. Check the network and the regional system address in Connection and settings, then tap Sync now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="75" />
        <source>The kiosk cannot connect to the regional system. Check the network cable or Wi-Fi and the regional system address in Connection and settings, then tap Sync now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="76" />
        <source>The regional system's certificate is not trusted. Check the CA bundle file in Connection and settings, then tap Sync now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="77" />
        <source>The proxy did not pass the request on. Check the proxy in Connection and settings, then tap Sync now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="78" />
        <source>The regional system refused the kiosk token. Enter the token again in Connection and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="79" />
        <source>The regional system has withdrawn this kiosk's access. Ask the regional system's administrator for a new token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="80" />
        <source>The regional system is busy or failing. The kiosk tries again by itself; nothing needs to be done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="81" />
        <source>The regional system address leads to another page (a sign-in page of the network or a wrong address). Check the address in Connection and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="82" />
        <source>The polyclinic connection failed. Tap Sync now; if it fails again, export the diagnostics for the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="83" />
        <source>Sync is not set up. Enter the regional system address, the kiosk ID and the token in Connection and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="87" />
        <source>The regional system's answer could not be used. Tap Sync now; if it fails again, export the diagnostics for the administrator. Details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="92" />
        <source>Sending submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="93" />
        <source>Loading reference data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="94" />
        <source>Status look-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="95" />
        <source>Connection check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="96" />
        <source>Polyclinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="101" />
        <source>Waiting to be sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="102" />
        <source>Being sent now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="103" />
        <source>Delivered and accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="104" />
        <source>Refused by the regional system (listed below): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="105" />
        <source>Not accepted, the number is taken by a different request (listed below): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="112" />
        <source>On %1 the kiosk found its saved data damaged and moved it to a fresh database, copying what could still be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="116" />
        <source>Nothing could be read from the damaged file. Enter the connection settings again in Connection and settings, and send the damaged file (below) with the diagnostics to the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="118" />
        <source>Recovered: %1 submissions not yet sent (they are sent as usual), %2 already sent, %3 polyclinic bookings, %4 settings, %5 audit log entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="122" />
        <source>Lost, could not be read: at least %1 submissions and %2 polyclinic bookings. Citizens may hold receipts for them: send the damaged file (below) with the diagnostics to the administrator, who can check those receipts with the regional system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="125" />
        <source>Nothing known to be lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="127" />
        <source>The connection settings could not be recovered: enter them again in Connection and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="128" />
        <source>The damaged file is kept as %1. Reference data (services, offices, polyclinic schedules) is loaded again by the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="136" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="138" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="139" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="188" />
        <source>Sync started. The figures below update when it ends.</source>
        <translation>Sync started. The figures below update when it ends.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="190" />
        <source>The sync service is not running on this kiosk (not enrolled, or starting).</source>
        <translation>The sync service is not running on this kiosk (not enrolled, or starting).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="208" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="209" />
        <source>Sync now: deliver and pull at once</source>
        <translation>Sync now: deliver and pull at once</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="211" />
        <source>Refresh the figures</source>
        <translation>Refresh the figures</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="222" />
        <source>Sync is PAUSED: the regional system refused the kiosk token. Enter a new token in Connection and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="225" />
        <source>Saved data recovered after damage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="231" />
        <source>Oldest not yet sent: %1 %2, waiting %3, delivery attempts: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="236" />
        <source>Polyclinic bookings and cancellations: waiting to be sent: %1, delivered: %2, refused by the polyclinic: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="242" />
        <source>%1: updated %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="243" />
        <source>%1: not loaded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="245" />
        <source>Last attempt failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="218" />
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="218" />
        <source>Regional system: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="219" />
        <source>Kiosk ID: %1</source>
        <translation>Kiosk ID: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="220" />
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="24" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="223" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="235" />
        <source>Everything is delivered.</source>
        <translation>Everything is delivered.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="238" />
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="247" />
        <source>Rows not applied: %1 (listed below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="249" />
        <source>No reference data pulled yet.</source>
        <translation>No reference data pulled yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="250" />
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="256" />
        <source>The rest of the reference data is in use; these rows wait for a correction. Ask the regional system's administrator to correct them; the next sync then applies them by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="257" />
        <source>Reference rows not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="266" />
        <source>Last errors</source>
        <translation>Last errors</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="266" />
        <source>No errors.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="255" />
        <location filename="../../kiosk/ui/console/sync.py" line="274" />
        <source>…and %1 more</source>
        <translation>…and %1 more</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="275" />
        <source>Rejected or in conflict</source>
        <translation>Rejected or in conflict</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="275" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="224" />
        <source>The office queue could not be reached; nothing was changed. Tap Refresh and try again.</source>
        <translation>The office queue could not be reached; nothing was changed. Tap Refresh and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="255" />
        <source>The office queue: tickets from every kiosk of this office. A call made here is seen at every kiosk.</source>
        <translation>The office queue: tickets from every kiosk of this office. A call made here is seen at every kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="257" />
        <source>The regional system has this kiosk at another office, so only this kiosk's tickets are shown. Call the technician to check the kiosk's office.</source>
        <translation>The regional system has this kiosk at another office, so only this kiosk's tickets are shown. Call the technician to check the kiosk's office.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="259" />
        <source>The office queue cannot be reached: only this kiosk's tickets are shown. Calls made here reach the office queue when the connection is back.</source>
        <translation>The office queue cannot be reached: only this kiosk's tickets are shown. Calls made here reach the office queue when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="261" />
        <source>Asking the office queue…</source>
        <translation>Asking the office queue…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="263" />
        <source>This kiosk is not connected to the regional system: only its own tickets are shown.</source>
        <translation>This kiosk is not connected to the regional system: only its own tickets are shown.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="280" />
        <source>⚠ Ticket %1 was given to two visitors (at %2 and at %3). When you call %1, check the time on the ticket and serve both.</source>
        <translation>⚠ Ticket %1 was given to two visitors (at %2 and at %3). When you call %1, check the time on the ticket and serve both.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="283" />
        <source>⚠ Ticket %1 was given to two visitors (one at %2). When you call %1, check the time on the ticket and serve both.</source>
        <translation>⚠ Ticket %1 was given to two visitors (one at %2). When you call %1, check the time on the ticket and serve both.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="28" />
        <source>Booked: the time is held for the visitor.</source>
        <translation>Booked: the time is held for the visitor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="29" />
        <source>A request, not an appointment yet: the polyclinic confirms or refuses it once the kiosk is online. The visitor can check it by the receipt number.</source>
        <translation>A request, not an appointment yet: the polyclinic confirms or refuses it once the kiosk is online. The visitor can check it by the receipt number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="30" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="31" />
        <source>Refused: the time was taken before the request arrived. Help the visitor book another time.</source>
        <translation>Refused: the time was taken before the request arrived. Help the visitor book another time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="34" />
        <source>Not sent yet: it is saved on this kiosk and goes to the regional system by itself once the kiosk is online. If it has waited long, tell the technician.</source>
        <translation>Not sent yet: it is saved on this kiosk and goes to the regional system by itself once the kiosk is online. If it has waited long, tell the technician.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="35" />
        <source>Being sent to the regional system now.</source>
        <translation>Being sent to the regional system now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="36" />
        <source>Delivered and accepted by the regional system.</source>
        <translation>Delivered and accepted by the regional system.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="37" />
        <source>Refused by the regional system. The reason is below: help the visitor correct it and apply again.</source>
        <translation>Refused by the regional system. The reason is below: help the visitor correct it and apply again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="38" />
        <source>Not accepted: the regional system already holds a different request with this number. Call the technician; do not apply again yet.</source>
        <translation>Not accepted: the regional system already holds a different request with this number. Call the technician; do not apply again yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="39" />
        <source>Unknown state. Call the technician.</source>
        <translation>Unknown state. Call the technician.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="45" />
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="46" />
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="47" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="48" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="49" />
        <source>Conflict: call the technician</source>
        <translation>Conflict: call the technician</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="50" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="55" />
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="56" />
        <source>policy number (ENP)</source>
        <translation>policy number (ENP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="155" />
        <source>Found by %1 on this kiosk: %2</source>
        <translation>Found by %1 on this kiosk: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="157" />
        <source>Nothing on this kiosk holds this %1. Personal data is removed after delivery: then ask for the receipt number, or look in the regional system.</source>
        <translation>Nothing on this kiosk holds this %1. Personal data is removed after delivery: then ask for the receipt number, or look in the regional system.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="159" />
        <source>Waiting to be sent or refused on this kiosk: %1, newest first</source>
        <translation>Waiting to be sent or refused on this kiosk: %1, newest first</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="160" />
        <source>Waiting to be sent or refused on this kiosk</source>
        <translation>Waiting to be sent or refused on this kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="161" />
        <source>Nothing is waiting to be sent and nothing was refused on this kiosk.</source>
        <translation>Nothing is waiting to be sent and nothing was refused on this kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="165" />
        <source>%1 more not shown: search by receipt, phone or policy number to find one.</source>
        <translation>%1 more not shown: search by receipt, phone or policy number to find one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="234" />
        <source>the printer is paused in CUPS</source>
        <translation>the printer is paused in CUPS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="235" />
        <source>the printer does not accept jobs</source>
        <translation>the printer does not accept jobs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="236" />
        <source>the printer is out of paper</source>
        <translation>the printer is out of paper</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="237" />
        <source>the printer reports an error (paper jam, open cover or offline)</source>
        <translation>the printer reports an error (paper jam, open cover or offline)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="238" />
        <source>the configured printer is not found</source>
        <translation>the configured printer is not found</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="239" />
        <source>the print service does not answer</source>
        <translation>the print service does not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="241" />
        <source>Receipts are not printing: %1. Visitors see their receipts on screen. Fix the printer or call the technician.</source>
        <translation>Receipts are not printing: %1. Visitors see their receipts on screen. Fix the printer or call the technician.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="32" />
        <location filename="../../kiosk/ui/screens/services/messages.py" line="44" />
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="34" />
        <source>Tick this box to continue.</source>
        <translation>Tick this box to continue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="36" />
        <source>Enter the date: day, month and year.</source>
        <translation>Enter the date: day, month and year.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="37" />
        <source>Fill in this field.</source>
        <translation>Fill in this field.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="39" />
        <source>Enter the full address: town, street, house number and flat, if any.</source>
        <translation>Enter the full address: town, street, house number and flat, if any.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="40" />
        <source>This date does not exist. Enter the day (1–31), the month (1–12) and the year with four digits.</source>
        <translation>This date does not exist. Enter the day (1–31), the month (1–12) and the year with four digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="41" />
        <source>This date is in the future. Check the year.</source>
        <translation>This date is in the future. Check the year.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="42" />
        <source>The year must be 1900 or later. Check the year.</source>
        <translation>The year must be 1900 or later. Check the year.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="43" />
        <source>Enter a number using digits only.</source>
        <translation>Enter a number using digits only.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="45" />
        <source>Use digits only, for example +7 912 345-67-89.</source>
        <translation>Use digits only, for example +7 912 345-67-89.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="46" />
        <source>A phone number has 10 digits after +7 (or 11 digits starting with 8). Check the number.</source>
        <translation>A phone number has 10 digits after +7 (or 11 digits starting with 8). Check the number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="47" />
        <source>Enter a mobile number: it starts with +7 9.</source>
        <translation>Enter a mobile number: it starts with +7 9.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="48" />
        <source>Enter the e-mail address like name@example.ru, or leave the field empty.</source>
        <translation>Enter the e-mail address like name@example.ru, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="49" />
        <source>SNILS has digits only (spaces and dashes are allowed).</source>
        <translation>SNILS has digits only (spaces and dashes are allowed).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="50" />
        <source>SNILS has 11 digits, for example 112-233-445 95. Check that no digit is missing.</source>
        <translation>SNILS has 11 digits, for example 112-233-445 95. Check that no digit is missing.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="51" />
        <source>This SNILS has a typing error: the last two digits do not match. Check every digit against the card.</source>
        <translation>This SNILS has a typing error: the last two digits do not match. Check every digit against the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="52" />
        <source>INN has digits only.</source>
        <translation>INN has digits only.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="53" />
        <source>INN has 12 digits for a person (10 for an organisation). Check that no digit is missing.</source>
        <translation>INN has 12 digits for a person (10 for an organisation). Check that no digit is missing.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="54" />
        <source>This INN has a typing error: the check digits do not match. Check every digit.</source>
        <translation>This INN has a typing error: the check digits do not match. Check every digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="55" />
        <source>The policy number has digits only.</source>
        <translation>The policy number has digits only.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="56" />
        <source>The medical policy number (ENP) has 16 digits. Check that no digit is missing.</source>
        <translation>The medical policy number (ENP) has 16 digits. Check that no digit is missing.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="57" />
        <source>This policy number has a typing error: the last digit does not match. Check every digit.</source>
        <translation>This policy number has a typing error: the last digit does not match. Check every digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="62" />
        <source>Too long: at most %1 characters. Shorten the text.</source>
        <translation>Too long: at most %1 characters. Shorten the text.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="64" />
        <source>The smallest allowed value is %1.</source>
        <translation>The smallest allowed value is %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="66" />
        <source>The largest allowed value is %1.</source>
        <translation>The largest allowed value is %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="67" />
        <source>Check this field.</source>
        <translation>Check this field.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="74" />
        <source>February %1 has %2 days: check the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="75" />
        <source>April has 30 days: check the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="76" />
        <source>June has 30 days: check the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="77" />
        <source>September has 30 days: check the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="78" />
        <source>November has 30 days: check the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="82" />
        <source>This month has %1 days: check the day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../kiosk/ui/date_entry.py" line="13" />
        <source>Day.month.year, for example 14.03.1975</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/date_entry.py" line="28" />
        <source>DD.MM.YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="99" />
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="99" />
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="156" />
        <source>11 digits, as on the green card or in Gosuslugi</source>
        <translation>11 digits, as on the green card or in Gosuslugi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="158" />
        <source>16 digits, as on the medical insurance policy</source>
        <translation>16 digits, as on the medical insurance policy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="160" />
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="178" />
        <source>required</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="97" />
        <source>Main menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="100" />
        <source>Welcome! Choose what you need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="103" />
        <source>This kiosk had to replace its saved data with a fresh copy. You can use it as usual; staff know about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="107" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="108" />
        <source>Close the notice</source>
        <translation>Close the notice</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="141" />
        <source>Are you still there? To protect your privacy, everything you entered will be cleared and the kiosk will return to the start.</source>
        <translation>Are you still there? To protect your privacy, everything you entered will be cleared and the kiosk will return to the start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <source>Continue, I am still here</source>
        <translation>Continue, I am still here</translation>
    </message>
<message numerus="yes"><source>%n second(s) left</source><translation><numerusform>%n second left</numerusform><numerusform>%n seconds left</numerusform></translation></message></context>
<context>
    <name>Leave</name>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="97" />
        <source>Discard what you entered? If you leave now, this form is cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="98" />
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="99" />
        <source>Keep editing: stay on this form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="100" />
        <source>Discard and leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="101" />
        <source>Discard what you entered and leave</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="191" />
        <source>Meter readings</source>
        <extracomment>Width of a text field (px): enough for the longest value, not the whole screen. Only the fields are narrowed: a wrapped label with a maximum width gets the height for the full width. The kiosk's clock offset as last learned (``meters.server_clock``), for the period it shows.</extracomment>
        <translation>Meter readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="254" />
        <source>Enter the house number, for example 12 or 44k2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="256" />
        <source>Choose your provider: it is printed at the top of the bill.</source>
        <translation>Choose your provider: it is printed at the top of the bill.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="336" />
        <source>Submit the readings of your electricity, water, heating and gas meters. Have your bill at hand: you need the personal account number printed on it.</source>
        <translation>Submit the readings of your electricity, water, heating and gas meters. Have your bill at hand: you need the personal account number printed on it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="338" />
        <source>Your provider</source>
        <translation>Your provider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="343" />
        <source>Personal account number</source>
        <translation>Personal account number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="360" />
        <source>No account with this number and address was found. Check the account number on the bill and the house and flat numbers, then touch “%1” again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="365" />
        <source>If everything matches the bill, call the provider: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="366" />
        <source>If everything matches the bill, call the provider: the phone number is on the bill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="344" />
        <source>As on the bill</source>
        <translation>As on the bill</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="345" />
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="345" />
        <source>To confirm the account is yours, for example 12 or 44k2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="346" />
        <source>Flat number</source>
        <translation>Flat number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="346" />
        <source>Leave it empty for a private house</source>
        <translation>Leave it empty for a private house</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="348" />
        <source>Looking for the account…</source>
        <translation>Looking for the account…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="350" />
        <source>Too many tries with a wrong account number or address have been made at this kiosk. For your safety, please try again in %1 min, or ask a member of staff for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="355" />
        <location filename="../../kiosk/ui/screens/meters/account.py" line="362" />
        <source>Next: my meters</source>
        <translation>Next: my meters</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="356" />
        <source>Next: find my account and meters</source>
        <translation>Next: find my account and meters</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="126" />
        <source>Confirmed: the provider will review this unusually large consumption.</source>
        <translation>Confirmed: the provider will review this unusually large consumption.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="134" />
        <source>The meter was replaced with a new one</source>
        <translation>The meter was replaced with a new one</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="136" />
        <source>The meter went past its largest value and started again from zero</source>
        <translation>The meter went past its largest value and started again from zero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="138" />
        <source>Yes, the reading is correct</source>
        <translation>Yes, the reading is correct</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="118" />
        <source>Last accepted reading%1: %2 on %3</source>
        <extracomment>A reading field is as wide as the longest reading at 200 % text, not as the screen.</extracomment>
        <translation>Last accepted reading%1: %2 on %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/known_meter.py" line="51" />
        <source>Verification due: %1</source>
        <translation>Verification due: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="102" />
        <source>Meter %1</source>
        <extracomment>Offline the dial is unknown: accept what any meter can show; the backend checks the real format.</extracomment>
        <translation>Meter %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="103" />
        <source>Serial number of the meter (on its face)</source>
        <translation>Serial number of the meter (on its face)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="104" />
        <source>Meter %1: serial number</source>
        <translation>Meter %1: serial number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="110" />
        <source>One tariff</source>
        <translation>One tariff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="110" />
        <source>Two zones: T1, T2</source>
        <translation>Two zones: T1, T2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="110" />
        <source>Three zones: T1, T2, T3</source>
        <translation>Three zones: T1, T2, T3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="66" />
        <source>Enter the readings</source>
        <translation>Enter the readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="162" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="253" />
        <source>%1, account %2</source>
        <translation>%1, account %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="167" />
        <source>No connection to the provider: enter each meter's serial number and its reading. They will be checked and sent automatically. Check the result later with the receipt number on the “Check status by receipt” screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="178" />
        <source>Some readings need your attention: see the messages marked ⚠.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="172" />
        <source>No meters are registered on this account. Please contact the provider.</source>
        <translation>No meters are registered on this account. Please contact the provider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="179" />
        <source>Enter at least one reading.</source>
        <translation>Enter at least one reading.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="182" />
        <source>Next: check the readings</source>
        <translation>Next: check the readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="183" />
        <source>Next: check the readings before sending</source>
        <translation>Next: check the readings before sending</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="185" />
        <source>Add another meter</source>
        <translation>Add another meter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="186" />
        <source>Add another meter by its serial number</source>
        <translation>Add another meter by its serial number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="188" />
        <source>Find my account</source>
        <translation>Find my account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="189" />
        <source>Find my account: choose the provider and enter the account number</source>
        <translation>Find my account: choose the provider and enter the account number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="41" />
        <source>(used %1 %2)</source>
        <translation>(used %1 %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="43" />
        <source>new meter</source>
        <translation>new meter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="43" />
        <source>went past zero</source>
        <translation>went past zero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="44" />
        <source>large consumption confirmed</source>
        <translation>large consumption confirmed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="47" />
        <source>checked on delivery</source>
        <translation>checked on delivery</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="113" />
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="114" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="28" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="136" />
        <source>Counts for</source>
        <translation>Counts for</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="141" />
        <source>Count if they reach the provider by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="178" />
        <source>Check your readings</source>
        <translation>Check your readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="250" />
        <source>There are no readings to check. Start with your provider and account number.</source>
        <translation>There are no readings to check. Start with your provider and account number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="259" />
        <source>Saving your readings…</source>
        <translation>Saving your readings…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="260" />
        <source>The readings could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</source>
        <translation>The readings could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="248" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="263" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="264" />
        <source>Send the readings</source>
        <translation>Send the readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="118" />
        <source>They will be sent to the provider automatically. Keep this receipt: check the provider's answer later at this kiosk with this receipt's number or QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="120" />
        <source>No connection now: your readings will be checked and sent automatically when it returns. Keep this receipt: check the provider's answer later at this kiosk with this receipt's number or QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="124" />
        <source>The kiosk could not check its clock with the provider: the provider checks the date of the readings, and the answer will say whether they count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="127" />
        <source>Meter readings saved on the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="138" />
        <source>decided by the provider from the date of the readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="247" />
        <source>Nothing is sent until you touch “%1”. To correct a reading, touch “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="248" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="267" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="268" />
        <source>Change the readings</source>
        <translation>Change the readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="18" />
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="18" />
        <source>Cold water</source>
        <translation>Cold water</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="18" />
        <source>Hot water</source>
        <translation>Hot water</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="19" />
        <source>Heating</source>
        <translation>Heating</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="19" />
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="23" />
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="23" />
        <source>Gcal</source>
        <translation>Gcal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="23" />
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <source>T1, day</source>
        <translation>T1, day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="30" />
        <source>T2, night</source>
        <translation>T2, night</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="30" />
        <source>T1, peak</source>
        <translation>T1, peak</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="30" />
        <source>T3, half-peak</source>
        <translation>T3, half-peak</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="37" />
        <source>night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="37" />
        <source>peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="38" />
        <source>half-peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="47" />
        <source>Tariff zones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="61" />
        <source>Meter dial: %1 digits, whole numbers only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="62" />
        <source>Meter dial: %1 digits, then %2 after the decimal point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="71" />
        <source>%1 meter No. %2</source>
        <translation>%1 meter No. %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="76" />
        <source>Enter the personal account number from your bill.</source>
        <translation>Enter the personal account number from your bill.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="78" />
        <source>This account number has a typing error: the check digit does not match. Check every digit against the bill.</source>
        <translation>This account number has a typing error: the check digit does not match. Check every digit against the bill.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="80" />
        <source>This provider's account numbers look like %1 (or the unified GIS ZhKKh number such as 73АБ123456). Check the number on the bill.</source>
        <translation>This provider's account numbers look like %1 (or the unified GIS ZhKKh number such as 73АБ123456). Check the number on the bill.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="81" />
        <source>Check the account number on the bill.</source>
        <translation>Check the account number on the bill.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="88" />
        <source>Enter the reading.</source>
        <translation>Enter the reading.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="90" />
        <source>Use digits only, with a point or comma before the decimals.</source>
        <translation>Use digits only, with a point or comma before the decimals.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="92" />
        <source>This meter shows at most %1 digits before the point. Copy only the black drums.</source>
        <translation>This meter shows at most %1 digits before the point. Copy only the black drums.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="95" />
        <source>This provider takes whole numbers only: leave out the red drums.</source>
        <translation>This provider takes whole numbers only: leave out the red drums.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="96" />
        <source>At most %1 digits after the point.</source>
        <translation>At most %1 digits after the point.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="98" />
        <source>Less than the last reading (%1). Check it, or choose below what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="101" />
        <source>Unusually high: %1 %3 used (usually up to %2 %3). If the reading is right, confirm it below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="104" />
        <source>This meter's verification expired on %1, so its readings cannot be accepted for billing. Order a verification or a replacement of the meter (the provider's phone is on the bill), then give the certificate to the provider. Until then you are billed by the norm.</source>
        <translation>This meter's verification expired on %1, so its readings cannot be accepted for billing. Order a verification or a replacement of the meter (the provider's phone is on the bill), then give the certificate to the provider. Until then you are billed by the norm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="109" />
        <source>This meter has no such tariff zone.</source>
        <translation>This meter has no such tariff zone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="111" />
        <source>Enter the meter's serial number: it is printed on the meter's face.</source>
        <translation>Enter the meter's serial number: it is printed on the meter's face.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="112" />
        <source>Check this reading.</source>
        <translation>Check this reading.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="123" />
        <source>This kiosk's clock needs checking: the provider will decide by the date of your readings which month they count for.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="42" />
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="44" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="45" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="46" />
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="48" />
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="67" />
        <source>Offices and opening hours</source>
        <translation>Offices and opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="97" />
        <source>Loading the list of offices…</source>
        <translation>Loading the list of offices…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="98" />
        <source>Visit any of these offices. Opening hours are local time.</source>
        <translation>Visit any of these offices. Opening hours are local time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="99" />
        <source>The list of offices is not available yet. Please ask a member of staff.</source>
        <translation>The list of offices is not available yet. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="100" />
        <source>The list of offices cannot be shown right now. Please ask a member of staff.</source>
        <translation>The list of offices cannot be shown right now. Please ask a member of staff.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="79" />
        <source>Queue ticket</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="170" />
        <source>Choose what you came for. You get a ticket with your number and the estimated wait.</source>
        <translation>Choose what you came for. You get a ticket with your number and the estimated wait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="176" />
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="177" />
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="178" />
        <source>Take a ticket for this service</source>
        <translation>Take a ticket for this service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="180" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="181" />
        <source>Issuing your ticket…</source>
        <translation>Issuing your ticket…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="182" />
        <source>The ticket could not be issued. Please try again or ask a member of staff at the reception.</source>
        <translation>The ticket could not be issued. Please try again or ask a member of staff at the reception.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="183" />
        <source>Queue tickets cannot be issued right now. Please ask a member of staff at the reception.</source>
        <translation>Queue tickets cannot be issued right now. Please ask a member of staff at the reception.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="186" />
        <source>Queue tickets are not available yet. Please ask a member of staff at the reception.</source>
        <translation>Queue tickets are not available yet. Please ask a member of staff at the reception.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="189" />
        <source>Or choose another topic</source>
        <translation>Or choose another topic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="189" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="59" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="156" />
        <source>Queue ticket</source>
        <extracomment>Other kinds (meter readings): ``content(lang)`` → (title, lines, footer) in the current language. Lines added to the QR code after the receipt number (e.g. each meter reading). True once the regional office has the request; a new submission is only saved on the kiosk.</extracomment>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="60" />
        <source>Number to check the status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="89" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="63" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="70" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="254" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="65" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="257" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="66" />
        <source>People ahead of you</source>
        <translation>People ahead of you</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="67" />
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="67" />
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="68" />
        <source>Watch the screen in the hall: your ticket number will be called.</source>
        <translation>Watch the screen in the hall: your ticket number will be called.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="72" />
        <source>How long it takes</source>
        <translation type="unfinished">How long it takes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="73" />
        <source>Keep this receipt: you can check the status at this kiosk by its number or QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="75" />
        <source>Application submitted</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="78" />
        <source>Application saved on the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="79" />
        <source>The kiosk sends it to the regional office automatically; you do not need to do anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="88" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="228" />
        <source>The printer is not working. Write down the number below or photograph the QR code with your phone; a member of staff can also help. Your request is saved on this kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="281" />
        <source>When you are done, touch “Done” to go back to the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="81" />
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="157" />
        <source>Your receipt</source>
        <translation>Your receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="215" />
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="216" />
        <source>Try printing again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="217" />
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="219" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="220" />
        <source>Done: back to the start</source>
        <translation>Done: back to the start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="274" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="225" />
        <source>Printing the receipt…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="226" />
        <source>The ticket has been printed. Please take it from the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="227" />
        <source>The receipt has been printed. Please take it from the printer.</source>
        <translation>The receipt has been printed. Please take it from the printer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="237" />
        <source>There is no receipt to show. Touch “Done” to go back to the start.</source>
        <translation>There is no receipt to show. Touch “Done” to go back to the start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="249" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="274" />
        <source>Your ticket: %1</source>
        <translation>Your ticket: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="250" />
        <source>People ahead of you: %1. Estimated wait: about %2 min.</source>
        <translation>People ahead of you: %1. Estimated wait: about %2 min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="264" />
        <source>QR code of receipt %1</source>
        <translation>QR code of receipt %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="219" />
        <source>The printer is not working now. At the end your receipt will be shown on the screen: photograph its QR code or write down its number.</source>
        <translation>The printer is not working now. At the end your receipt will be shown on the screen: photograph its QR code or write down its number.</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="58" />
        <source>About the service</source>
        <translation>About the service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="99" />
        <source>Choose a service in the catalogue to see what it is and what to bring.</source>
        <translation>Choose a service in the catalogue to see what it is and what to bring.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="100" />
        <source>Loading the service…</source>
        <translation>Loading the service…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="102" />
        <source>This service is no longer in the catalogue. Please choose another one.</source>
        <translation>This service is no longer in the catalogue. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="103" />
        <source>The service cannot be shown right now. Please ask a member of staff.</source>
        <translation>The service cannot be shown right now. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="110" />
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="111" />
        <source>Open the catalogue</source>
        <translation>Open the catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="112" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="113" />
        <source>Apply for this service at the kiosk</source>
        <translation>Apply for this service at the kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="114" />
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="115" />
        <source>Take a queue ticket for this service</source>
        <translation>Take a queue ticket for this service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="121" />
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="124" />
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="125" />
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="127" />
        <source>No documents are needed.</source>
        <translation>No documents are needed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="128" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="129" />
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="130" />
        <source>Where to apply</source>
        <translation>Where to apply</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="132" />
        <source>Any MFC office of the region.</source>
        <translation>Any MFC office of the region.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="133" />
        <source>Applying at the kiosk</source>
        <translation>Applying at the kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="134" />
        <source>You can fill in the application here and bring the documents to the office.</source>
        <translation>You can fill in the application here and bring the documents to the office.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="136" />
        <source>This service has no application form at the kiosk: take a queue ticket and bring the documents to the office.</source>
        <translation>This service has no application form at the kiosk: take a queue ticket and bring the documents to the office.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="88" />
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="89" />
        <source>%1 roubles (state duty)</source>
        <translation>%1 roubles (state duty)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="93" />
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="97" />
        <source>Application for a public service</source>
        <translation>Application for a public service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="98" />
        <source>Queue ticket</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="99" />
        <source>Doctor appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="100" />
        <source>Request made at the kiosk</source>
        <translation>Request made at the kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="100" />
        <source>Meter readings</source>
        <translation type="unfinished">Meter readings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="152" />
        <source>Saved on this kiosk, not sent yet. The kiosk sends it automatically as soon as it is online; you do not need to do anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="153" />
        <source>Being sent to the regional office right now.</source>
        <translation>Being sent to the regional office right now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="154" />
        <source>Delivered and accepted by the regional office.</source>
        <translation>Delivered and accepted by the regional office.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="155" />
        <source>Delivered, but the regional office rejected it.</source>
        <translation>Delivered, but the regional office rejected it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="156" />
        <source>Not accepted: the regional office already holds a different request with this number. Please ask a member of staff.</source>
        <translation>Not accepted: the regional office already holds a different request with this number. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="157" />
        <source>Unknown state. Please ask a member of staff.</source>
        <translation>Unknown state. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="161" />
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="161" />
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="161" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="162" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="162" />
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="78" />
        <source>Offline · demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="81" />
        <source>Sending paused — staff have been told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="83" />
        <source>Server not accepting requests yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="84" />
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="85" />
        <source>Offline</source>
        <translation type="unfinished">Offline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="86" />
        <source>waiting to be sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="88" />
        <source>Offline — requests are kept and sent later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="89" />
        <source>Online · everything sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="314" />
        <source>Public services kiosk</source>
        <translation>Public services kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="60" />
        <location filename="../../kiosk/ui/shell_bars.py" line="61" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="62" />
        <location filename="../../kiosk/ui/shell_bars.py" line="63" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="67" />
        <source>Switch language to English</source>
        <translation>Switch language to English</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="68" />
        <source>Switch language to Russian</source>
        <translation>Switch language to Russian</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="69" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="70" />
        <source>Accessibility: text size, contrast, read aloud</source>
        <translation>Accessibility: text size, contrast, read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="71" />
        <source>Read aloud</source>
        <translation type="unfinished">Read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="72" />
        <source>Read this screen aloud (key F1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="39" />
        <source>To hear the screen read aloud, press the F1 key, or touch “Read aloud” at the bottom of the screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="155" />
        <source>Read aloud on</source>
        <translation type="unfinished">Read aloud on</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="156" />
        <source>Read aloud off</source>
        <translation type="unfinished">Read aloud off</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="161" />
        <source>Erase</source>
        <translation type="unfinished">Erase</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/spoken.py" line="50" />
        <source>Items in the list: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/spoken.py" line="53" />
        <source>The first: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="128" />
        <source>Check status by receipt</source>
        <translation>Check status by receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="254" />
        <source>Type the receipt number, for example K7Q2-3M2A-9X4P, or hold the receipt's QR code under the scanner.</source>
        <translation>Type the receipt number, for example K7Q2-3M2A-9X4P, or hold the receipt's QR code under the scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="256" />
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="257" />
        <source>Receipt number: type it or scan the QR code</source>
        <translation>Receipt number: type it or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="258" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="259" />
        <source>Check the status</source>
        <translation>Check the status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="261" />
        <source>Looking for the receipt…</source>
        <translation>Looking for the receipt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="265" />
        <source>This is not a receipt number. A receipt number has 12 letters and digits, for example K7Q2-3M2A-9X4P. Check the number and try again.</source>
        <translation>This is not a receipt number. A receipt number has 12 letters and digits, for example K7Q2-3M2A-9X4P. Check the number and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="267" />
        <source>The status cannot be checked right now. Please ask a member of staff.</source>
        <translation>The status cannot be checked right now. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="309" />
        <source>Each reading:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="307" />
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="136" />
        <source>To check another receipt, type its number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="262" />
        <source>No request with the number %1 was made at this kiosk. Check the number on the receipt (letters O and I are read as digits 0 and 1). A request can be checked only at the kiosk where it was made; if you need help, ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="317" />
        <source>Apply again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="318" />
        <source>Choose a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="319" />
        <source>Submit readings again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="320" />
        <source>Book a doctor again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="329" />
        <source>Accepted by the regional office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="334" />
        <source>Not accepted by the regional office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="340" />
        <source>Asking the regional office…</source>
        <translation>Asking the regional office…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="345" />
        <source>No connection to the regional office right now: this shows the kiosk's own information.</source>
        <translation>No connection to the regional office right now: this shows the kiosk's own information.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="347" />
        <source>The regional office has not received it yet.</source>
        <translation>The regional office has not received it yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="331" />
        <source>Registration number: %1.</source>
        <translation>Registration number: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="112" />
        <source>Large consumption: the provider will check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="113" />
        <source>The meter went past zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="114" />
        <source>New meter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="117" />
        <source>Meter No. %1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="124" />
        <source>%1 — accepted, counts for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="125" />
        <source>%1 — accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="128" />
        <source>%1 — not accepted: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="130" />
        <source>%1 — correct, but not counted because other readings on this receipt were not accepted: submit it again together with the corrected ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="132" />
        <source>%1 — not decided yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="142" />
        <source>This service is no longer provided in the region, so the application was not accepted. Choose a current service and apply again, or ask a member of staff for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="143" />
        <source>The application was made for an office the region does not know, so it was not accepted. Please ask a member of staff: they will help you apply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="144" />
        <source>Part of the application did not reach the regional office, so it was not accepted. Please fill in the application again, or ask a member of staff for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="145" />
        <source>Part of the application could not be read by the regional office, so it was not accepted. Please fill in the application again, or ask a member of staff for help.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="20" />
        <source>Sync: starting</source>
        <translation>Sync: starting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="25" />
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="36" />
        <source>Sync paused: call a technician</source>
        <translation>Sync paused: call a technician</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="38" />
        <source>Sync not configured</source>
        <translation>Sync not configured</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="40" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="42" />
        <source>Online, but the backend refuses deliveries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="44" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="46" />
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="48" />
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="50" />
        <source>%n waiting</source>
        <translation><numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="53" />
        <source>Last success: %1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="55" />
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices/__init__.py" line="14" />
        <source>Offices and opening hours</source>
        <translation>Offices and opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/__init__.py" line="15" />
        <source>Large text, contrast and read aloud</source>
        <translation>Large text, contrast and read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="183" />
        <source>Public services: find, learn what to bring, apply</source>
        <translation>Public services: find, learn what to bring, apply</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="197" />
        <source>Take a queue ticket</source>
        <translation>Take a queue ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="202" />
        <source>Check status by receipt</source>
        <translation>Check status by receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/__init__.py" line="135" />
        <source>Meter readings: electricity, water, heating, gas</source>
        <extracomment>One flat's accounts in the demo region (8 Karla Marksa St, flat 5): the same number on every sample.</extracomment>
        <translation>Meter readings: electricity, water, heating, gas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/__init__.py" line="129" />
        <source>Doctor appointment</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>