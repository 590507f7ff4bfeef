<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="80" />
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="89" />
        <source>These settings apply until you finish. They are reset for the next visitor.</source>
        <translation>Эти настройки действуют, пока вы работаете с терминалом. Для следующего посетителя они сбрасываются.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="91" />
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="95" />
        <source>Text size %1 percent</source>
        <translation>Размер текста %1 процентов</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="96" />
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="97" />
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="102" />
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="98" />
        <source>High contrast off</source>
        <translation>Высокая контрастность выключена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="99" />
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="104" />
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="100" />
        <source>High contrast on</source>
        <translation>Высокая контрастность включена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="101" />
        <source>Read aloud</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="103" />
        <source>Read aloud off</source>
        <translation>Чтение вслух выключено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/screen.py" line="105" />
        <source>Read aloud on</source>
        <translation>Чтение вслух включено</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="46" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="46" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="49" />
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="99" />
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="204" />
        <source>Fill in the fields. Fields marked * are required. You will check everything before sending.</source>
        <translation>Заполните поля. Поля со звёздочкой * обязательны. Перед отправкой вы всё проверите.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="206" />
        <source>Choose a service in the catalogue first, then touch “Apply”.</source>
        <translation>Сначала выберите услугу в каталоге, затем нажмите «Подать заявление».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="172" />
        <source>Please correct the fields marked below (%1).</source>
        <translation>Исправьте отмеченные ниже поля (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="208" />
        <source>Next: check the application</source>
        <translation>Далее: проверить заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="209" />
        <source>Next: check the application before sending</source>
        <translation>Далее: проверить заявление перед отправкой</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="211" />
        <location filename="../../kiosk/ui/screens/services/application.py" line="212" />
        <source>Open the catalogue</source>
        <translation>Открыть каталог услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="253" />
        <source>Check your application</source>
        <translation>Проверьте заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="351" />
        <source>Check what you entered. Personal numbers are partly hidden for your privacy. To change something, touch “Change”.</source>
        <translation>Проверьте введённые данные. Личные номера частично скрыты для вашей безопасности. Чтобы что-то исправить, нажмите «Изменить».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="353" />
        <source>There is no application to check. Choose a service in the catalogue first.</source>
        <translation>Заявления для проверки нет. Сначала выберите услугу в каталоге.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="360" />
        <source>Saving your application…</source>
        <translation>Сохраняем заявление…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="361" />
        <source>The application could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</source>
        <translation>Не удалось сохранить заявление на терминале. Ничего не отправлено. Попробуйте ещё раз или обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="365" />
        <location filename="../../kiosk/ui/screens/services/application.py" line="366" />
        <source>Send the application</source>
        <translation>Отправить заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="369" />
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="370" />
        <source>Change the answers</source>
        <translation>Изменить ответы</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="85" />
        <source>Public services</source>
        <translation>Государственные услуги</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="222" />
        <source>Type what you need, for example “passport” or “pension”, or choose a topic below.</source>
        <translation>Введите, что вам нужно, например «паспорт» или «пенсия», или выберите тему ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="223" />
        <source>Search services</source>
        <translation>Поиск услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="224" />
        <source>Search services: type a word, results appear as you type</source>
        <translation>Поиск услуг: введите слово, результаты появляются по мере ввода</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="225" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="226" />
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="232" />
        <source>Searching…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="233" />
        <source>Found: %1. The best matches come first; touch a service to see what to bring.</source>
        <translation>Найдено: %1. Лучшие совпадения — первыми; нажмите на услугу, чтобы узнать, какие документы нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="234" />
        <source>Nothing found for “%1”. Try typing fewer words or check the spelling, or choose a topic below.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте ввести меньше слов или проверьте написание либо выберите тему ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="236" />
        <source>Services: %1. Touch a service to see what to bring.</source>
        <translation>Услуг: %1. Нажмите на услугу, чтобы узнать, какие документы нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="237" />
        <source>The catalogue cannot be shown right now. Please ask a member of staff.</source>
        <translation>Сейчас каталог показать нельзя. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="246" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="258" />
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="259" />
        <source>Life situations</source>
        <translation>Жизненные ситуации</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="264" />
        <source>The list of services is not available yet. Please ask a member of staff.</source>
        <translation>Список услуг пока недоступен. Обратитесь к сотруднику МФЦ.</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="74" />
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="291" />
        <source>My appointments</source>
        <translation>Мои записи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="154" />
        <source>Receipt No.</source>
        <translation>Расписка №</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="165" />
        <source>Cancel this appointment? The time becomes free for other patients.</source>
        <translation>Отменить эту запись? Время станет свободным для других пациентов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="188" />
        <source>Print the receipt again</source>
        <translation>Напечатать расписку ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="180" />
        <source>Yes, cancel this appointment</source>
        <translation>Да, отменить эту запись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="175" />
        <source>No, keep it</source>
        <translation>Нет, оставить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="195" />
        <source>Cancel the appointment</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="206" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="187" />
        <source>Medical insurance policy number (ENP)</source>
        <translation>Номер полиса ОМС (ЕНП)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="206" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="187" />
        <source>16 digits, as on the policy</source>
        <translation>16 цифр, как в полисе</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="207" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="188" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="209" />
        <source>Show my appointments</source>
        <translation>Показать мои записи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="216" />
        <source>Appointments for policy number (ENP) %1</source>
        <translation>Записи по полису (ЕНП) %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="218" />
        <source>Appointments for policy number (ENP) ending in %1</source>
        <translation>Записи по полису (ЕНП), последние цифры %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="222" />
        <source>Look up another policy</source>
        <translation>Найти записи по другому полису</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="225" />
        <source>No upcoming appointments booked at this kiosk were found for this policy and date of birth.</source>
        <translation>Предстоящих записей, сделанных на этом терминале, для этого полиса и даты рождения не найдено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="35" />
        <source>Appointment booked</source>
        <translation>Вы записаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="37" />
        <source>Appointment cancelled</source>
        <translation>Запись отменена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="38" />
        <source>Appointment refused</source>
        <translation>В записи отказано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="42" />
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="43" />
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="46" />
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="40" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="48" />
        <source>Bring your policy and passport. To cancel, use “My appointments” at any kiosk.</source>
        <translation>Возьмите с собой полис и паспорт. Отменить запись можно в разделе «Мои записи» на любом терминале.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="100" />
        <source>Confirm the appointment</source>
        <translation>Подтверждение записи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="181" />
        <source>Doctor: %1</source>
        <translation>Врач: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="180" />
        <source>When: %1 (local time)</source>
        <translation>Когда: %1 (местное время)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="36" />
        <source>Request sent: NOT yet confirmed</source>
        <translation>Заявка отправлена: запись ещё НЕ подтверждена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="41" />
        <source>Appointment time</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="47" />
        <source>Policy number (ENP)</source>
        <translation>Номер полиса (ЕНП)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="189" />
        <source>Mobile phone for a reminder (optional)</source>
        <translation>Мобильный телефон для напоминания (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="189" />
        <source>For example +7 927 123-45-67</source>
        <translation>Например, +7 927 123-45-67</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="192" />
        <source>Booking…</source>
        <translation>Записываем…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="194" />
        <source>Book the appointment</source>
        <translation>Записаться</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="113" />
        <source>Doctor appointment</source>
        <translation>Запись к врачу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="241" />
        <source>Book an appointment with a doctor at a polyclinic. You need the 16-digit number of your medical insurance policy (policy number, ENP). Times are shown in the polyclinic's local time.</source>
        <translation>Запишитесь на приём к врачу в поликлинику. Понадобится 16-значный номер полиса ОМС (ЕНП). Время указано местное, по часовому поясу поликлиники.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="256" />
        <source>Choose a time</source>
        <translation>Выберите время</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="265" />
        <source>This doctor has no schedule for booking at the moment. Choose another doctor.</source>
        <translation>У этого врача сейчас нет расписания для записи. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="281" />
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="283" />
        <source>%1 — free times: %2</source>
        <translation>%1 — свободно: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="254" />
        <source>Choose the polyclinic</source>
        <translation>Выберите поликлинику</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="254" />
        <source>Choose the specialty</source>
        <translation>Выберите специальность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="255" />
        <source>Choose the doctor</source>
        <translation>Выберите врача</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="255" />
        <source>Choose the day</source>
        <translation>Выберите день</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="260" />
        <source>There are no free times to book with this doctor in the next 14 days. Choose another doctor.</source>
        <translation>У этого врача нет свободного времени в ближайшие 14 дней. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="263" />
        <source>Nothing to choose from yet: the list of polyclinics has not been loaded.</source>
        <translation>Пока выбрать не из чего: список поликлиник ещё не загружен.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="277" />
        <source>room %1</source>
        <translation>кабинет %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="279" />
        <source>Not available: this doctor has no schedule for booking. Choose another doctor.</source>
        <translation>Записаться нельзя: у этого врача нет расписания для записи. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="288" />
        <source>Back one step</source>
        <translation>На шаг назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="292" />
        <source>My appointments: view or cancel</source>
        <translation>Мои записи: посмотреть или отменить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="17" />
        <source>Enter the 16-digit number of your medical insurance policy (ENP).</source>
        <translation>Введите 16-значный номер полиса ОМС (ЕНП).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="18" />
        <source>The policy number has digits only: 16 digits.</source>
        <translation>Номер полиса состоит только из цифр: 16 цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="19" />
        <source>The policy number has 16 digits. Check the number on your policy.</source>
        <translation>В номере полиса 16 цифр. Сверьте номер с полисом.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="20" />
        <source>This policy number is not valid: a digit is probably mistyped. Check it against your policy.</source>
        <translation>Номер полиса указан с ошибкой: проверьте 16 цифр по полису.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="21" />
        <source>Enter your date of birth, for example 14.03.1975.</source>
        <translation>Введите дату рождения, например 14.03.1975.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="22" />
        <source>Enter the date of birth as day.month.year, for example 14.03.1975.</source>
        <translation>Введите дату рождения в виде день.месяц.год, например 14.03.1975.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="23" />
        <source>The date of birth is in the future: check the year. Format: 14.03.1975.</source>
        <translation>Дата рождения указана в будущем: проверьте год. Формат: 14.03.1975.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="24" />
        <source>Check the year of birth.</source>
        <translation>Проверьте год рождения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="25" />
        <source>Enter a mobile number such as +7 927 123-45-67, or leave the field empty.</source>
        <translation>Введите мобильный номер, например +7 927 123-45-67, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="26" />
        <source>This time has already passed. Choose another time.</source>
        <translation>Это время уже прошло. Выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="27" />
        <source>This time has just been taken. Choose another time.</source>
        <translation>Это время только что заняли. Выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="28" />
        <source>This time is no longer in the schedule. Choose another time.</source>
        <translation>Этого времени больше нет в расписании. Выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="29" />
        <source>This doctor has no schedule for booking. Choose another doctor.</source>
        <translation>У этого врача нет расписания для записи. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="30" />
        <source>This appointment is no longer active.</source>
        <translation>Эта запись уже не действует.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="31" />
        <source>This appointment was not found.</source>
        <translation>Эта запись не найдена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="32" />
        <source>Something went wrong. Please try again or ask the staff in the hall.</source>
        <translation>Что-то пошло не так. Попробуйте ещё раз или обратитесь к сотруднику в зале.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="38" />
        <source>Appointment confirmed.</source>
        <translation>Запись подтверждена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="40" />
        <source>Requested, waiting for confirmation. This is a request, not yet an appointment: the polyclinic confirms it when the kiosk is back online. To check it later, use “Check status by receipt” with the receipt number, or “My appointments” with your policy number and date of birth.</source>
        <translation>Заявка ждёт подтверждения. Это пока заявка, а не запись: поликлиника подтвердит её, когда терминал снова будет на связи. Проверить её позже можно в разделе «Проверить статус по расписке» по номеру расписки или в разделе «Мои записи» по номеру полиса и дате рождения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="44" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="45" />
        <source>Refused: this time was taken before your request arrived. Nearest free times: %1.</source>
        <translation>Отказано: это время заняли раньше, чем пришла ваша заявка. Ближайшее свободное время: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="79" />
        <source>none at the moment</source>
        <translation>сейчас нет</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="290" />
        <source>Wrong PIN. Attempts left before the pad locks: %1.</source>
        <translation>Неверный ПИН-код. Попыток до блокировки: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="144" />
        <location filename="../../kiosk/ui/console/settings.py" line="164" />
        <source>Nothing was saved: correct the fields marked ⚠.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные ⚠.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>clerk</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>technician</source>
        <translation>техник</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="24" />
        <source>kiosk</source>
        <translation>киоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="46" />
        <source>Signed in to the staff console</source>
        <translation>Вход в консоль сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="48" />
        <source>Wrong PIN entered; the PIN pad locked</source>
        <translation>Введён неверный ПИН-код; ввод заблокирован</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="49" />
        <source>Wrong PIN entered</source>
        <translation>Введён неверный ПИН-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="51" />
        <source>Sign-in refused: the PIN pad was locked</source>
        <translation>Вход отклонён: ввод ПИН-кода был заблокирован</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="53" />
        <source>Signed out automatically: nobody used the console</source>
        <translation>Автоматический выход: консолью долго не пользовались</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="54" />
        <source>Console closed to help a visitor</source>
        <translation>Консоль закрыта, чтобы помочь посетителю</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="55" />
        <source>Signed out: the app closed or restarted</source>
        <translation>Выход: приложение закрыто или перезапущено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="56" />
        <source>Signed out</source>
        <translation>Выход из консоли</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="59" />
        <source>Technician PIN set at the screen with a one-time setup code</source>
        <translation>ПИН-код техника задан на экране по одноразовому коду настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="60" />
        <source>PIN set for the %1</source>
        <translation>Задан ПИН-код: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="62" />
        <source>One-time setup code printed on the kiosk computer</source>
        <translation>На компьютере киоска выдан одноразовый код настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="64" />
        <source>Wrong setup code entered; the PIN pad locked</source>
        <translation>Введён неверный код настройки; ввод ПИН-кода заблокирован</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="65" />
        <source>Wrong setup code entered</source>
        <translation>Введён неверный код настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="68" />
        <source>Kiosk token replaced</source>
        <translation>Токен киоска заменён</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="69" />
        <source>Setting “%1” changed to %2</source>
        <translation>Настройка «%1» изменена на %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="71" />
        <source>Sync set up from the command line: kiosk %1, %2</source>
        <translation>Синхронизация настроена из командной строки: киоск %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="73" />
        <source>Sync started by hand</source>
        <translation>Синхронизация запущена вручную</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="75" />
        <source>Connection tested with values typed on the form</source>
        <translation>Проверка связи со значениями, введёнными в форму</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="76" />
        <source>Connection tested with the saved settings</source>
        <translation>Проверка связи с сохранёнными настройками</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="78" />
        <source>Database backed up to %1</source>
        <translation>Резервная копия базы записана в %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="80" />
        <source>Database restored from %1</source>
        <translation>База восстановлена из %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="82" />
        <source>Database integrity checked: healthy</source>
        <translation>Проверка целостности базы: всё в порядке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="83" />
        <source>Database integrity checked: problems found</source>
        <translation>Проверка целостности базы: найдены ошибки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="85" />
        <source>Damaged saved data replaced by a fresh database; what could be read was recovered (the damaged file is kept as %1)</source>
        <translation>Повреждённые данные заменены новой базой; всё, что удалось прочитать, восстановлено (повреждённый файл сохранён как %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="87" />
        <source>Diagnostics exported to %1</source>
        <translation>Диагностика выгружена в %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="89" />
        <source>Audit log exported to %1 (entries: %2)</source>
        <translation>Журнал действий выгружен в %1 (записей: %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="91" />
        <source>Kiosk mode left for the desktop</source>
        <translation>Выход из режима киоска на рабочий стол</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="93" />
        <source>Kiosk app restarted</source>
        <translation>Приложение киоска перезапущено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="95" />
        <source>Searched for a submission: not found</source>
        <translation>Поиск обращения: не найдено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="96" />
        <source>Submission %1 looked up</source>
        <translation>Найдено обращение %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="98" />
        <source>Searched for submissions by phone number: %1 found</source>
        <translation>Поиск обращений по номеру телефона: найдено %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="99" />
        <source>Searched for submissions by policy number: %1 found</source>
        <translation>Поиск обращений по номеру полиса: найдено %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="100" />
        <source>Searched for submissions: %1 found</source>
        <translation>Поиск обращений: найдено %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="102" />
        <source>Personal data of %1 shown (values: %2)</source>
        <translation>Показаны персональные данные %1 (значений: %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="104" />
        <source>Receipt %1 printed again</source>
        <translation>Расписка %1 напечатана повторно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="106" />
        <source>Ticket %1 called to counter %2</source>
        <translation>Талон %1 вызван к окну %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="108" />
        <source>Ticket %1 called again to counter %2</source>
        <translation>Талон %1 вызван повторно к окну %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="110" />
        <source>Ticket %1 marked as served</source>
        <translation>Талон %1: посетитель обслужен</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="112" />
        <source>Ticket %1: the visitor did not come</source>
        <translation>Талон %1: посетитель не подошёл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="114" />
        <source>Ticket %1 sent to another queue</source>
        <translation>Талон %1 переведён в другую очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="116" />
        <source>Started a service for a visitor (assisted mode)</source>
        <translation>Начата услуга за посетителя (с помощью сотрудника)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="145" />
        <location filename="../../kiosk/ui/console/menu.py" line="118" />
        <location filename="../../kiosk/ui/console/menu.py" line="119" />
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="165" />
        <source>Enter the file to write the audit log to.</source>
        <translation>Укажите файл для выгрузки журнала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="170" />
        <source>Audit log written: %1</source>
        <translation>Журнал выгружен: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="174" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="143" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="145" />
        <source>It did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="177" />
        <source>Export to file (CSV)</source>
        <translation>Выгрузить в файл (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="178" />
        <source>Export the audit log</source>
        <translation>Выгрузить журнал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="179" />
        <source>Export the audit log to this file</source>
        <translation>Выгрузить журнал действий в этот файл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="180" />
        <location filename="../../kiosk/ui/console/queue.py" line="366" />
        <location filename="../../kiosk/ui/console/sync.py" line="210" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="181" />
        <source>Refresh the audit log</source>
        <translation>Обновить журнал действий</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="182" />
        <source>Latest %1 entries, local time (%2)</source>
        <translation>Последние %1 записей, местное время (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="187" />
        <source>The audit log is empty.</source>
        <translation>Журнал пуст.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/base.py" line="190" />
        <source>That did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/controller.py" line="273" />
        <source>Assisted by staff</source>
        <extracomment>Which role each console screen needs (the PIN pad needs none).</extracomment>
        <translation>С помощью сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="45" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="46" />
        <source>Reprinted by staff.</source>
        <translation>Повторная печать сотрудником.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="70" />
        <source>The readings are being sent to the regional system right now.</source>
        <translation>Показания прямо сейчас отправляются в региональную систему.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="71" />
        <source>The readings were delivered and accepted by the regional system.</source>
        <translation>Показания доставлены и приняты региональной системой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="72" />
        <source>The readings were delivered, but the regional system did not accept them.</source>
        <translation>Показания доставлены, но региональная система их не приняла.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="73" />
        <source>The readings were not accepted: the regional system already holds a different request with this number.</source>
        <translation>Показания не приняты: в региональной системе уже есть другое обращение с этим номером.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="81" />
        <source>Made with the help of a staff member at counter %1</source>
        <translation>Оформлено с помощью сотрудника у окна %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="82" />
        <source>Made with the help of a staff member</source>
        <translation>Оформлено с помощью сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="144" />
        <location filename="../../kiosk/ui/console/menu.py" line="100" />
        <source>Find a submission</source>
        <translation>Найти обращение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="177" />
        <source>The search did not work. Try again; if it keeps failing, call the technician.</source>
        <translation>Поиск не удался. Попробуйте ещё раз; если не получается снова, позовите техника.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="191" />
        <source>Enter a receipt number (like K7QW-3M2A-9X4P), a phone number (+7 912 345-67-89) or the 16 digits of a policy number.</source>
        <translation>Введите номер расписки (например, K7QW-3M2A-9X4P), номер телефона (+7 912 345-67-89) или 16 цифр номера полиса.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="207" />
        <source>This is not a receipt number. It looks like K7QW-3M2A-9X4P.</source>
        <translation>Это не номер расписки. Он выглядит так: K7QW-3M2A-9X4P.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="209" />
        <source>The look-up failed. Try again.</source>
        <translation>Поиск не удался. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="237" />
        <source>No submission with this number was made at this kiosk.</source>
        <translation>На этом киоске нет обращения с таким номером.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="278" />
        <source>The receipt has been printed again.</source>
        <translation>Расписка напечатана повторно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="279" />
        <source>The printer is not working. Write the receipt number down for the visitor.</source>
        <translation>Принтер не работает. Запишите номер расписки для посетителя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="285" />
        <source>Receipt number (or scan its QR code), phone number or policy number</source>
        <translation>Номер расписки (или отсканируйте её QR-код), номер телефона или номер полиса</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="286" />
        <source>For example K7QW-3M2A-9X4P, +7 912 345-67-89 or the 16 digits of the policy (ENP)</source>
        <translation>Например, K7QW-3M2A-9X4P, +7 912 345-67-89 или 16 цифр полиса (ЕНП)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="289" />
        <source>Waiting or refused</source>
        <translation>Ждут отправки или отклонены</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="290" />
        <source>List what is waiting to be sent or was refused on this kiosk</source>
        <translation>Показать, что ждёт отправки или отклонено на этом терминале</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="318" />
        <source>What the visitor entered</source>
        <translation>Что ввёл посетитель</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="343" />
        <source>Not passed to the polyclinic yet: the kiosk sends it once it is online.</source>
        <translation>В поликлинику ещё не передана: терминал отправит её, как только появится связь.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="356" />
        <source>Asking the regional system…</source>
        <translation>Запрашиваем региональную систему…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="359" />
        <source>The regional system was not asked (this kiosk is not connected to it).</source>
        <translation>Региональная система не запрашивалась (киоск к ней не подключён).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="361" />
        <source>The regional system could not be reached now.</source>
        <translation>Региональная система сейчас недоступна.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="363" />
        <source>The regional system has not received it yet.</source>
        <translation>Региональная система его ещё не получила.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="364" />
        <source>Regional system: %1.</source>
        <translation>Региональная система: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="366" />
        <source>Number in the regional system: %1.</source>
        <translation>Номер в региональной системе: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="287" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="288" />
        <source>Find the submission</source>
        <translation>Найти обращение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="304" />
        <location filename="../../kiosk/ui/console/find.py" line="370" />
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="309" />
        <source>Each reading:</source>
        <translation>По каждому показанию:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="312" />
        <source>Delivery attempts: %1</source>
        <translation>Попыток отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="314" />
        <source>Last delivery problem: %1</source>
        <translation>Последняя ошибка отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="321" />
        <source>Personal data has already been removed from this kiosk after delivery.</source>
        <translation>Персональные данные уже удалены с киоска после доставки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="323" />
        <source>This submission holds no personal data.</source>
        <translation>В этом обращении нет персональных данных.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="329" />
        <source>Hide personal data</source>
        <translation>Скрыть персональные данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="329" />
        <source>Show personal data</source>
        <translation>Показать персональные данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="331" />
        <location filename="../../kiosk/ui/console/find.py" line="332" />
        <source>Print the receipt again</source>
        <translation>Напечатать расписку ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="354" />
        <source>Doctor appointment: the kiosk's record, updated at every sync with the polyclinic.</source>
        <translation>Запись к врачу: данные киоска, обновляются при каждой синхронизации с поликлиникой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="98" />
        <location filename="../../kiosk/ui/console/menu.py" line="116" />
        <source>Database and diagnostics</source>
        <translation>База данных и диагностика</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="116" />
        <source>Integrity check: the database is healthy.</source>
        <translation>Проверка целостности: база данных в порядке.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="117" />
        <source>Integrity check found problems: %1</source>
        <translation>Проверка целостности нашла ошибки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="123" />
        <source>Enter the file to write the backup to.</source>
        <translation>Укажите файл для резервной копии.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="137" />
        <source>This file exists already. Choose a new file name.</source>
        <translation>Такой файл уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="139" />
        <source>There is no such backup file.</source>
        <translation>Такого файла резервной копии нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="141" />
        <source>This file is not a usable kiosk backup.</source>
        <translation>Этот файл не является пригодной резервной копией киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="150" />
        <source>Enter the backup file to restore.</source>
        <translation>Укажите файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="31" />
        <source>Backup written: %1 (%2 KB, submissions made at this kiosk: %3).</source>
        <translation>Резервная копия записана: %1 (%2 КБ, обращений, сделанных на киоске: %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="175" />
        <source>Restored from %1 (submissions made at this kiosk: %2).</source>
        <translation>Восстановлено из %1 (обращений, сделанных на киоске: %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="188" />
        <source>Enter the file to write the diagnostics to.</source>
        <translation>Укажите файл для диагностики.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="193" />
        <source>Diagnostics written: %1. It holds no personal data and no token.</source>
        <translation>Диагностика записана: %1. В ней нет персональных данных и токена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="198" />
        <source>Local database</source>
        <translation>Локальная база данных</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="199" />
        <source>Check integrity</source>
        <translation>Проверить целостность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="200" />
        <source>Check the database integrity</source>
        <translation>Проверить целостность базы данных</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="201" />
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="201" />
        <source>A consistent copy is made while the kiosk runs.</source>
        <translation>Согласованная копия делается без остановки киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="202" />
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="203" />
        <source>Back up the database to this file</source>
        <translation>Создать резервную копию базы в этом файле</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="204" />
        <source>Restore from backup file</source>
        <translation>Восстановить из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="204" />
        <source>You will be asked to confirm.</source>
        <translation>Потребуется подтверждение.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="205" />
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="206" />
        <source>Restore the database from this backup</source>
        <translation>Восстановить базу из этой резервной копии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="207" />
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="208" />
        <source>Diagnostics file (zip)</source>
        <translation>Файл диагностики (zip)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="208" />
        <source>Logs, settings without the token, counts and versions; no personal data.</source>
        <translation>Журналы, настройки без токена, счётчики и версии; без персональных данных.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="210" />
        <source>Export diagnostics</source>
        <translation>Выгрузить диагностику</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="211" />
        <source>Export diagnostics to this file</source>
        <translation>Выгрузить диагностику в этот файл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="212" />
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="213" />
        <source>Leave kiosk mode…</source>
        <translation>Выйти из режима киоска…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="214" />
        <source>Leave kiosk mode to the desktop</source>
        <translation>Выйти из режима киоска на рабочий стол</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="215" />
        <source>Restart the app…</source>
        <translation>Перезапустить приложение…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="216" />
        <source>Restart the kiosk app</source>
        <translation>Перезапустить приложение киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="218" />
        <source>Replace ALL data on this kiosk with the backup %1 (submissions made at this kiosk: %2)? Everything not in the backup will be lost, including requests not yet sent.</source>
        <translation>Заменить ВСЕ данные киоска резервной копией %1 (обращений, сделанных на киоске: %2)? Всё, чего нет в копии, будет потеряно, в том числе ещё не отправленные обращения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="226" />
        <source>Yes, restore</source>
        <translation>Да, восстановить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="227" />
        <source>Yes, leave kiosk mode</source>
        <translation>Да, выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="228" />
        <source>Yes, restart</source>
        <translation>Да, перезапустить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="221" />
        <source>Leave kiosk mode? The kiosk app closes and the desktop is shown.</source>
        <translation>Выйти из режима киоска? Приложение закроется, откроется рабочий стол.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="222" />
        <source>Restart the kiosk app now?</source>
        <translation>Перезапустить приложение киоска сейчас?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="233" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="234" />
        <location filename="../../kiosk/ui/console/queue.py" line="334" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="60" />
        <source>Staff console</source>
        <translation>Консоль сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="93" />
        <source>Signed in as technician</source>
        <translation>Вход выполнен: техник</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="93" />
        <source>Signed in as clerk</source>
        <translation>Вход выполнен: сотрудник зала</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="97" />
        <source>Hall and visitors</source>
        <translation>Зал и посетители</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="98" />
        <location filename="../../kiosk/ui/console/queue.py" line="88" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="99" />
        <source>Queue: call, recall, served, no-show, redirect</source>
        <translation>Очередь: вызов, повторный вызов, обслужен, не явился, перенаправление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="101" />
        <source>Find a submission by receipt number or QR code</source>
        <translation>Найти обращение по номеру расписки или QR-коду</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="102" />
        <source>Help a visitor</source>
        <translation>Помочь посетителю</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="103" />
        <source>Start a service for the visitor. The console closes, and what you submit for the visitor is marked “made with staff help”.</source>
        <translation>Начните услугу за посетителя. Консоль закроется, а заявления, поданные за посетителя, будут отмечены: «с помощью сотрудника».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="112" />
        <location filename="../../kiosk/ui/console/settings.py" line="88" />
        <source>Connection and settings</source>
        <extracomment>Fields chosen from a list rather than typed: the office from the store's offices, the language. Typed in Latin letters whatever the session language: the on-screen keyboard opens in its English layout for them (kiosk/ui/keyboard.py), with the URL keys for the addresses.</extracomment>
        <translation>Подключение и настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="113" />
        <source>Connection to the regional system, settings and connection test</source>
        <translation>Подключение к региональной системе, настройки и проверка связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="107" />
        <source>For the visitor: %1</source>
        <translation>За посетителя: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="111" />
        <source>Technician</source>
        <translation>Техник</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="114" />
        <location filename="../../kiosk/ui/console/sync.py" line="161" />
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="115" />
        <source>Sync dashboard</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="117" />
        <source>Database, diagnostics, leave kiosk mode, restart</source>
        <translation>База данных, диагностика, выход из режима киоска, перезапуск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="120" />
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="121" />
        <source>Log out and return to the citizen start screen</source>
        <translation>Выйти и вернуться на начальный экран для граждан</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="33" />
        <source>This PIN is too easy to guess. Choose another one.</source>
        <translation>Этот ПИН-код слишком легко угадать. Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="35" />
        <source>The clerk and technician PINs must differ.</source>
        <translation>ПИН-код сотрудника и ПИН-код техника должны различаться.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="38" />
        <source>This PIN cannot be used.</source>
        <translation>Этот ПИН-код нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="108" />
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="294" />
        <source>The two PINs differ. Enter the new PIN again.</source>
        <translation>ПИН-коды не совпали. Введите новый ПИН-код ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="295" />
        <source>The PIN could not be saved.</source>
        <translation>Не удалось сохранить ПИН-код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="42" />
        <source>Forgot the PIN? A technician can set a new one on the kiosk computer: main.py set-pin.</source>
        <translation>Забыли ПИН-код? Техник может задать новый на компьютере киоска: main.py set-pin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="307" />
        <location filename="../../kiosk/ui/console/pinpad.py" line="308" />
        <source>Enter your PIN</source>
        <translation>Введите ПИН-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="309" />
        <source>Checking the PIN…</source>
        <translation>Проверяем ПИН-код…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="310" />
        <source>First start: enter the setup code</source>
        <translation>Первый запуск: введите код настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="312" />
        <source>Enter the same technician PIN again</source>
        <translation>Введите тот же ПИН-код техника ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="314" />
        <source>The PIN pad is locked</source>
        <translation>Ввод ПИН-кода заблокирован</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="322" />
        <source>Locked for %1 min %2 s</source>
        <translation>Заблокировано на %1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="285" />
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Слишком много неверных ПИН-кодов. Повторите через %1 мин %2 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="31" />
        <source>A PIN has %1 to %2 digits.</source>
        <translation>ПИН-код состоит из %1–%2 цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="37" />
        <source>The setup code is no longer valid. A technician can print a new one on the kiosk computer: main.py setup-code.</source>
        <translation>Код настройки больше не действует. Техник может получить новый на компьютере киоска: main.py setup-code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="288" />
        <source>Nobody can set it at this screen. A technician sets it on the kiosk computer: main.py set-pin --role technician, or prints a one-time setup code for this screen: main.py setup-code.</source>
        <translation>На этом экране его задать нельзя. Техник задаёт его на компьютере киоска: main.py set-pin --role technician, или получает там одноразовый код настройки для этого экрана: main.py setup-code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="291" />
        <source>Wrong or expired setup code. Attempts left before the pad locks: %1.</source>
        <translation>Неверный или просроченный код настройки. Попыток до блокировки: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="292" />
        <source>A technician prints the code on the kiosk computer: main.py setup-code. It works once, for a limited time.</source>
        <translation>Техник получает код на компьютере киоска: main.py setup-code. Код действует один раз и ограниченное время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="293" />
        <source>Your PIN is shorter than %1 digits, too easy to find from a copy of the kiosk's data. Choose a new one to continue.</source>
        <translation>Ваш ПИН-код короче %1 цифр: его слишком легко подобрать по копии данных киоска. Чтобы продолжить, задайте новый.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="302" />
        <source>First start: choose the technician PIN (%1 to %2 digits)</source>
        <translation>Первый запуск: задайте ПИН-код техника (%1–%2 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="304" />
        <source>Choose a new PIN (%1 to %2 digits)</source>
        <translation>Задайте новый ПИН-код (%1–%2 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="311" />
        <source>No technician PIN is set on this kiosk yet</source>
        <translation>На этом киоске ещё не задан ПИН-код техника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="313" />
        <source>Enter the same new PIN again</source>
        <translation>Введите тот же новый ПИН-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="327" />
        <source>Digits entered: %1</source>
        <translation>Введено цифр: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="338" />
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="339" />
        <source>Erase the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="340" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="341" />
        <source>Sign in with this PIN</source>
        <translation>Войти с этим ПИН-кодом</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="140" />
        <location filename="../../kiosk/ui/console/queue.py" line="230" />
        <source>Enter your counter number (1 to 8 letters or digits).</source>
        <translation>Введите номер вашего окна (1–8 букв или цифр).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="156" />
        <source>Nobody is waiting in this category.</source>
        <translation>В этой категории никто не ждёт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="159" />
        <source>Ticket %1 called to counter %2.</source>
        <translation>Талон %1 вызван к окну %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="190" />
        <source>Ticket %1 called again.</source>
        <translation>Талон %1 вызван повторно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="190" />
        <source>Ticket %1 marked as served.</source>
        <translation>Талон %1 отмечен как обслуженный.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="191" />
        <source>Ticket %1 marked as not come.</source>
        <translation>Талон %1 отмечен: посетитель не подошёл.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="191" />
        <source>Ticket %1 sent to another queue.</source>
        <translation>Талон %1 перенаправлен в другую очередь.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="221" />
        <location filename="../../kiosk/ui/console/queue.py" line="227" />
        <source>This ticket has not been called.</source>
        <translation>Этот талон ещё не вызван.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="222" />
        <location filename="../../kiosk/ui/console/queue.py" line="228" />
        <source>This ticket is finished already.</source>
        <translation>Этот талон уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="223" />
        <location filename="../../kiosk/ui/console/queue.py" line="229" />
        <source>The ticket is in this queue already.</source>
        <translation>Талон уже в этой очереди.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="225" />
        <location filename="../../kiosk/ui/console/queue.py" line="231" />
        <source>This cannot be done with this ticket.</source>
        <translation>С этим талоном так сделать нельзя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="233" />
        <source>The queue could not be changed. Try again.</source>
        <translation>Не удалось изменить очередь. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="304" />
        <source>%1 at counter %2, called at %3 — %4</source>
        <translation>%1 у окна %2, вызван в %3 — %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="309" />
        <source>Call again</source>
        <translation>Вызвать ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="309" />
        <source>Served</source>
        <translation>Обслужен</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="310" />
        <source>Did not come</source>
        <translation>Не подошёл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="315" />
        <source>Another queue…</source>
        <translation>В другую очередь…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="316" />
        <source>Send %1 to another queue</source>
        <translation>Перенаправить %1 в другую очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="319" />
        <source>Which queue should the visitor go to?</source>
        <translation>В какую очередь направить посетителя?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="347" />
        <source>Waiting: %1. Longest wait so far: %2 min. Next: %3.</source>
        <translation>Ожидают: %1. Дольше всех ждёт: %2 мин. Следующий: %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="329" />
        <source>Send %1 to: %2</source>
        <translation>Направить %1 в: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="335" />
        <source>Cancel: keep %1 in this queue</source>
        <translation>Отмена: оставить %1 в этой очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="340" />
        <source>This kiosk has no office data yet.</source>
        <translation>На киоске ещё нет данных об офисе.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="350" />
        <source>Nobody is waiting.</source>
        <translation>Никто не ждёт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="356" />
        <source>Call next</source>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="357" />
        <source>Call the next visitor: %1</source>
        <translation>Вызвать следующего посетителя: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="363" />
        <source>Your counter number</source>
        <translation>Номер вашего окна</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="363" />
        <source>Visitors are called to this counter.</source>
        <translation>Посетители вызываются к этому окну.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="364" />
        <source>Called now</source>
        <translation>Вызваны сейчас</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="365" />
        <source>Waiting by category</source>
        <translation>Ожидают по категориям</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="367" />
        <source>Refresh the queue</source>
        <translation>Обновить очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="17" />
        <source>https://… (plain http only for localhost)</source>
        <translation>https://… (http без шифрования — только для localhost)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="18" />
        <source>Kiosk ID</source>
        <translation>Идентификатор киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="19" />
        <location filename="../../kiosk/ui/console/settings_texts.py" line="59" />
        <source>Kiosk token</source>
        <translation>Токен киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="20" />
        <source>CA bundle file (optional)</source>
        <translation>Файл корневых сертификатов (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="20" />
        <source>A PEM file with the certificates to trust</source>
        <translation>PEM-файл с доверенными сертификатами</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="21" />
        <source>Proxy (optional)</source>
        <translation>Прокси (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="21" />
        <source>e.g. http://proxy:3128</source>
        <translation>например, http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="22" />
        <source>Sync interval, seconds</source>
        <translation>Интервал синхронизации, секунд</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="23" />
        <source>Items per delivery batch</source>
        <translation>Обращений в одной отправке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="25" />
        <source>Citizen idle timeout, seconds</source>
        <translation>Тайм-аут бездействия гражданина, секунд</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="26" />
        <source>Console idle timeout, seconds</source>
        <translation>Тайм-аут бездействия консоли, секунд</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="24" />
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="17" />
        <source>Regional system address</source>
        <translation>Адрес региональной системы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="18" />
        <source>Given by the regional system, e.g. uly-kiosk-07</source>
        <translation>Выдаётся региональной системой, например uly-kiosk-07</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="24" />
        <source>The office this kiosk stands in</source>
        <translation>Офис, в котором стоит киоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="27" />
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="27" />
        <source>The language a citizen sees first</source>
        <translation>Язык, который посетитель видит первым</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="28" />
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="28" />
        <source>Empty: the system printer; pdf:FOLDER saves PDF files</source>
        <translation>Пусто — системный принтер; pdf:ПАПКА — сохранять PDF-файлы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="29" />
        <source>Read-aloud voice</source>
        <translation>Голос озвучивания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="29" />
        <source>Empty: the default voice</source>
        <translation>Пусто — голос по умолчанию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="36" />
        <source>Enter an address like https://backend.region.ru</source>
        <translation>Введите адрес вида https://backend.region.ru</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="37" />
        <source>The address must not contain ? or #.</source>
        <translation>Адрес не должен содержать ? или #.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="38" />
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>Порт в адресе должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="41" />
        <source>A token is one line of at least 8 characters without spaces.</source>
        <translation>Токен — одна строка не короче 8 символов без пробелов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="42" />
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="43" />
        <source>This file holds no certificate (no BEGIN CERTIFICATE line).</source>
        <translation>В файле нет сертификата (нет строки BEGIN CERTIFICATE).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="44" />
        <source>Enter a proxy like http://proxy:3128</source>
        <translation>Введите прокси вида http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="45" />
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Введите целое число от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="46" />
        <source>There is no office with this ID.</source>
        <translation>Офиса с таким идентификатором нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="47" />
        <source>Enter ru or en.</source>
        <translation>Введите ru или en.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="48" />
        <source>Too long or has characters that cannot be printed.</source>
        <translation>Слишком длинно или есть непечатаемые символы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="49" />
        <source>There is no such folder.</source>
        <translation>Такой папки нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="51" />
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="58" />
        <source>Name resolution</source>
        <translation>Поиск имени (DNS)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="58" />
        <source>Connection (TCP)</source>
        <translation>Соединение (TCP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="59" />
        <source>Secure connection (TLS) and certificate</source>
        <translation>Защищённое соединение (TLS) и сертификат</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="60" />
        <source>API version</source>
        <translation>Версия API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="69" />
        <source>it was issued by a certificate authority this kiosk does not trust</source>
        <translation>он выдан удостоверяющим центром, которому этот киоск не доверяет</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="70" />
        <source>it is self-signed</source>
        <translation>он самоподписанный</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="71" />
        <source>it has expired</source>
        <translation>срок его действия истёк</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="72" />
        <source>it is not valid yet (check the kiosk's clock)</source>
        <translation>он ещё не действует (проверьте часы киоска)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="74" />
        <source>it was issued for a different address</source>
        <translation>он выдан для другого адреса</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="96" />
        <source>%1 found: %2</source>
        <translation>%1 найден: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="98" />
        <source>The name %1 is not known. Check the address and the DNS settings.</source>
        <translation>Имя %1 не найдено. Проверьте адрес и настройки DNS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="99" />
        <source>%1 port %2 answers (%3 ms).</source>
        <translation>%1, порт %2 отвечает (%3 мс).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="100" />
        <source>%1 port %2 did not answer in time. A firewall or the network may block it.</source>
        <translation>%1, порт %2 не ответил вовремя. Возможно, мешает межсетевой экран или сеть.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="104" />
        <source>%1 port %2 cannot be reached: %3</source>
        <translation>%1, порт %2 недоступен: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="105" />
        <source>Not used: plain http to this computer.</source>
        <translation>Не используется: http без шифрования к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="106" />
        <source>Checked through the proxy in the next step.</source>
        <translation>Проверяется через прокси на следующем шаге.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="107" />
        <source>Certificate of %1 is valid until %2 (issued by %3).</source>
        <translation>Сертификат %1 действителен до %2 (выдан: %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="111" />
        <source>The secure connection failed: %1</source>
        <translation>Защищённое соединение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="112" />
        <source>The CA bundle cannot be used: %1</source>
        <translation>Файл корневых сертификатов нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="113" />
        <source>No token is saved. Enter the kiosk token and save.</source>
        <translation>Токен не сохранён. Введите токен киоска и сохраните.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="117" />
        <source>No usable answer: %1</source>
        <translation>Нет пригодного ответа: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="119" />
        <source>API version %1 is not supported (this kiosk speaks %2).</source>
        <translation>Версия API %1 не поддерживается (киоск поддерживает %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="121" />
        <source>The health check did not answer properly: %1</source>
        <translation>Проверка доступности ответила неправильно: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="122" />
        <source>Not checked: an earlier step failed.</source>
        <translation>Не проверялось: предыдущий шаг не пройден.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="180" />
        <location filename="../../kiosk/ui/console/settings.py" line="172" />
        <source>Saved. Settings changed: %1.</source>
        <translation>Сохранено. Изменено настроек: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="173" />
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="191" />
        <source>Testing the connection…</source>
        <translation>Проверка связи…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="205" />
        <source>The typed values cannot be tested: correct the fields marked ⚠.</source>
        <translation>Введённые значения нельзя проверить: исправьте поля, отмеченные ⚠.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="214" />
        <source>Testing the values typed on the form (not saved yet)…</source>
        <translation>Проверка значений, введённых в форме (ещё не сохранены)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="256" />
        <source>Enter the values given by the regional system's administrator. The token is kept in a protected file and is never shown again.</source>
        <translation>Введите значения, выданные администратором региональной системы. Токен хранится в защищённом файле и больше не показывается.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="293" />
        <source>Connection test of the values typed on the form (not saved)</source>
        <translation>Проверка связи со значениями из формы (не сохранены)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="295" />
        <source>Connection test of the saved settings</source>
        <translation>Проверка связи с сохранёнными настройками</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="215" />
        <source>Testing the connection with the saved settings…</source>
        <translation>Проверяем связь с сохранёнными настройками…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="35" />
        <source>Use https: plain http is allowed only for localhost.</source>
        <translation>Используйте https: http без шифрования допустим только для localhost.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="39" />
        <source>A kiosk ID has 1 to 64 characters and no spaces, like uly-kiosk-07.</source>
        <translation>Идентификатор киоска — от 1 до 64 символов без пробелов, например uly-kiosk-07.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="40" />
        <source>Enter the token the regional system gave this kiosk.</source>
        <translation>Введите токен, выданный региональной системой для этого киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="97" />
        <source>The regional system address is not valid.</source>
        <translation>Адрес региональной системы указан неверно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="102" />
        <source>%1 refused the connection on port %2: the regional system is not running there.</source>
        <translation>%1 отклонил подключение к порту %2: региональная система там не запущена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="109" />
        <source>The certificate is not trusted: %1. Check the CA bundle file above.</source>
        <translation>Сертификату нет доверия: %1. Проверьте файл корневых сертификатов выше.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="114" />
        <source>The regional system accepted the kiosk token.</source>
        <translation>Региональная система приняла токен киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="115" />
        <source>The regional system does not know this token. Enter the token again.</source>
        <translation>Региональная система не знает этот токен. Введите токен заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="116" />
        <source>The regional system has revoked this kiosk's token. Ask its administrator for a new one.</source>
        <translation>Региональная система отозвала токен этого киоска. Запросите новый у её администратора.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings_texts.py" line="118" />
        <source>Supported (version %1).</source>
        <translation>Поддерживается (версия %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="210" />
        <source>Enter the regional system address first.</source>
        <translation>Сначала введите адрес региональной системы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="221" />
        <source>The connection test could not start.</source>
        <translation>Проверку связи не удалось начать.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="229" />
        <source>The connection test failed unexpectedly.</source>
        <translation>Проверка связи неожиданно прервалась.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="236" />
        <source>The connection works.</source>
        <translation>Связь работает.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="237" />
        <source>The connection does not work: see the step marked ✗.</source>
        <translation>Связи нет: см. шаг, отмеченный ✗.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="239" />
        <source>These are the values typed on the form: save them to use them.</source>
        <translation>Проверены значения из формы: сохраните их, чтобы киоск начал ими пользоваться.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="260" />
        <source>The first office in the list (default)</source>
        <translation>Первый офис в списке (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="263" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="264" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="269" />
        <source>A token is saved. Leave empty to keep it; enter a new one only to replace it.</source>
        <translation>Токен сохранён. Оставьте поле пустым, чтобы его сохранить; вводите новый, только чтобы заменить.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="270" />
        <source>Enter the token once; it will not be shown again.</source>
        <translation>Введите токен один раз — он больше не будет показан.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="280" />
        <source>Changes are not saved: %1. Save them first, or leave without them?</source>
        <translation>Изменения не сохранены: %1. Сначала сохраните их или выйдите без них?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="282" />
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="283" />
        <source>Keep editing: stay on this form</source>
        <translation>Продолжить правку: остаться в этой форме</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="284" />
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="285" />
        <source>Discard the changes and leave</source>
        <translation>Отменить изменения и выйти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="286" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="287" />
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="288" />
        <source>Test connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="289" />
        <source>Test the connection step by step</source>
        <translation>Проверить связь по шагам</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="31" />
        <source>Service catalogue</source>
        <translation>Каталог услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="32" />
        <source>Offices</source>
        <translation>Офисы МФЦ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="33" />
        <source>Utility providers</source>
        <translation>Поставщики коммунальных услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="34" />
        <source>Polyclinics</source>
        <translation>Поликлиники</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="35" />
        <source>Doctors</source>
        <translation>Врачи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="36" />
        <source>Doctors' specialties</source>
        <translation>Специальности врачей</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="37" />
        <source>Doctors' schedules</source>
        <translation>Расписания врачей</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="38" />
        <source>Appointment times</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="39" />
        <source>Polyclinic appointments made here</source>
        <translation>Записи в поликлинику с этого киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="43" />
        <source>Polyclinic data (%1)</source>
        <translation>Данные поликлиники (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="49" />
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="50" />
        <source>service category</source>
        <translation>категория услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="51" />
        <source>life situation</source>
        <translation>жизненная ситуация</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="52" />
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="53" />
        <source>service–situation link</source>
        <translation>связь услуги с жизненной ситуацией</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="54" />
        <source>service–office link</source>
        <translation>связь услуги с офисом</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="55" />
        <source>utility provider</source>
        <translation>поставщик коммунальных услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="60" />
        <source>the required field %1 is missing</source>
        <translation>нет обязательного поля %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="61" />
        <source>the field %1 has a wrong value</source>
        <translation>в поле %1 неверное значение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="62" />
        <source>its id does not match the change</source>
        <translation>код строки не совпадает с кодом изменения</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="63" />
        <source>it refers to a row this kiosk does not have</source>
        <translation>строка ссылается на данные, которых на киоске нет</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="64" />
        <source>it could not be read</source>
        <translation>строку не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="65" />
        <source>%1 %2 (%3, received %4): %5</source>
        <translation>%1 %2 (%3, получено %4): %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="74" />
        <source>The regional system did not answer in time. Check the network and the regional system address in Connection and settings, then tap Sync now.</source>
        <translation>Региональная система не ответила вовремя. Проверьте сеть и адрес региональной системы в разделе «Подключение и настройки», затем нажмите «Синхронизировать сейчас».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="75" />
        <source>The kiosk cannot connect to the regional system. Check the network cable or Wi-Fi and the regional system address in Connection and settings, then tap Sync now.</source>
        <translation>Киоск не может подключиться к региональной системе. Проверьте сетевой кабель или Wi-Fi и адрес региональной системы в разделе «Подключение и настройки», затем нажмите «Синхронизировать сейчас».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="76" />
        <source>The regional system's certificate is not trusted. Check the CA bundle file in Connection and settings, then tap Sync now.</source>
        <translation>Сертификату региональной системы нет доверия. Проверьте файл корневых сертификатов в разделе «Подключение и настройки», затем нажмите «Синхронизировать сейчас».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="77" />
        <source>The proxy did not pass the request on. Check the proxy in Connection and settings, then tap Sync now.</source>
        <translation>Прокси не передал запрос. Проверьте прокси в разделе «Подключение и настройки», затем нажмите «Синхронизировать сейчас».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="78" />
        <source>The regional system refused the kiosk token. Enter the token again in Connection and settings.</source>
        <translation>Региональная система отклонила токен киоска. Введите токен заново в разделе «Подключение и настройки».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="79" />
        <source>The regional system has withdrawn this kiosk's access. Ask the regional system's administrator for a new token.</source>
        <translation>Региональная система закрыла доступ этому киоску. Запросите новый токен у администратора региональной системы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="80" />
        <source>The regional system is busy or failing. The kiosk tries again by itself; nothing needs to be done.</source>
        <translation>Региональная система перегружена или работает со сбоями. Киоск повторит попытку сам, ничего делать не нужно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="81" />
        <source>The regional system address leads to another page (a sign-in page of the network or a wrong address). Check the address in Connection and settings.</source>
        <translation>Адрес региональной системы ведёт на другую страницу (страницу входа в сеть или неверный адрес). Проверьте адрес в разделе «Подключение и настройки».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="82" />
        <source>The polyclinic connection failed. Tap Sync now; if it fails again, export the diagnostics for the administrator.</source>
        <translation>Связь с поликлиникой не удалась. Нажмите «Синхронизировать сейчас»; если ошибка повторится, выгрузите диагностику для администратора.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="83" />
        <source>Sync is not set up. Enter the regional system address, the kiosk ID and the token in Connection and settings.</source>
        <translation>Синхронизация не настроена. Введите адрес региональной системы, идентификатор киоска и токен в разделе «Подключение и настройки».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="87" />
        <source>The regional system's answer could not be used. Tap Sync now; if it fails again, export the diagnostics for the administrator. Details: %1</source>
        <translation>Ответ региональной системы не удалось обработать. Нажмите «Синхронизировать сейчас»; если ошибка повторится, выгрузите диагностику для администратора. Подробности: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="92" />
        <source>Sending submissions</source>
        <translation>Отправка обращений</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="93" />
        <source>Loading reference data</source>
        <translation>Загрузка справочников</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="94" />
        <source>Status look-up</source>
        <translation>Запрос статуса</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="95" />
        <source>Connection check</source>
        <translation>Проверка связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="96" />
        <source>Polyclinic</source>
        <translation>Поликлиника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="101" />
        <source>Waiting to be sent: %1</source>
        <translation>Ждут отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="102" />
        <source>Being sent now: %1</source>
        <translation>Отправляются сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="103" />
        <source>Delivered and accepted: %1</source>
        <translation>Доставлены и приняты: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="104" />
        <source>Refused by the regional system (listed below): %1</source>
        <translation>Отклонены региональной системой (список ниже): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="105" />
        <source>Not accepted, the number is taken by a different request (listed below): %1</source>
        <translation>Не приняты, номер уже занят другим обращением (список ниже): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="112" />
        <source>On %1 the kiosk found its saved data damaged and moved it to a fresh database, copying what could still be read.</source>
        <translation>%1 киоск обнаружил, что его сохранённые данные повреждены, и перенёс их в новую базу, скопировав всё, что ещё удалось прочитать.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="116" />
        <source>Nothing could be read from the damaged file. Enter the connection settings again in Connection and settings, and send the damaged file (below) with the diagnostics to the administrator.</source>
        <translation>Из повреждённого файла ничего прочитать не удалось. Введите параметры подключения заново в разделе «Подключение и настройки» и передайте повреждённый файл (указан ниже) вместе с диагностикой администратору.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="118" />
        <source>Recovered: %1 submissions not yet sent (they are sent as usual), %2 already sent, %3 polyclinic bookings, %4 settings, %5 audit log entries.</source>
        <translation>Восстановлено: ещё не отправленных обращений — %1 (они будут отправлены как обычно), уже отправленных — %2, записей в поликлинику — %3, настроек — %4, записей журнала аудита — %5.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="122" />
        <source>Lost, could not be read: at least %1 submissions and %2 polyclinic bookings. Citizens may hold receipts for them: send the damaged file (below) with the diagnostics to the administrator, who can check those receipts with the regional system.</source>
        <translation>Утрачено, прочитать не удалось: не менее %1 обращений и %2 записей в поликлинику. У граждан могут быть квитанции на них: передайте повреждённый файл (указан ниже) вместе с диагностикой администратору — он сверит эти квитанции с региональной системой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="125" />
        <source>Nothing known to be lost.</source>
        <translation>Известных потерь нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="127" />
        <source>The connection settings could not be recovered: enter them again in Connection and settings.</source>
        <translation>Параметры подключения восстановить не удалось: введите их заново в разделе «Подключение и настройки».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="128" />
        <source>The damaged file is kept as %1. Reference data (services, offices, polyclinic schedules) is loaded again by the next sync.</source>
        <translation>Повреждённый файл сохранён как %1. Справочные данные (услуги, офисы, расписание поликлиник) загрузятся заново при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="136" />
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="138" />
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="139" />
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="188" />
        <source>Sync started. The figures below update when it ends.</source>
        <translation>Синхронизация запущена. Данные ниже обновятся, когда она закончится.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="190" />
        <source>The sync service is not running on this kiosk (not enrolled, or starting).</source>
        <translation>Служба синхронизации на киоске не запущена (киоск не подключён или запускается).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="208" />
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="209" />
        <source>Sync now: deliver and pull at once</source>
        <translation>Синхронизировать сейчас: отправить и получить данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="211" />
        <source>Refresh the figures</source>
        <translation>Обновить данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="222" />
        <source>Sync is PAUSED: the regional system refused the kiosk token. Enter a new token in Connection and settings.</source>
        <translation>Синхронизация ПРИОСТАНОВЛЕНА: региональная система отклонила токен киоска. Введите новый токен в разделе «Подключение и настройки».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="225" />
        <source>Saved data recovered after damage</source>
        <translation>Данные восстановлены после повреждения</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="231" />
        <source>Oldest not yet sent: %1 %2, waiting %3, delivery attempts: %4</source>
        <translation>Самое старое неотправленное: %1 %2, ждёт %3, попыток отправки: %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="236" />
        <source>Polyclinic bookings and cancellations: waiting to be sent: %1, delivered: %2, refused by the polyclinic: %3</source>
        <translation>Записи в поликлинику и отмены: ждут отправки: %1, доставлено: %2, отказано поликлиникой: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="242" />
        <source>%1: updated %2</source>
        <translation>%1: данные получены %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="243" />
        <source>%1: not loaded yet</source>
        <translation>%1: данные ещё не загружались</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="245" />
        <source>Last attempt failed: %1</source>
        <translation>Последняя попытка не удалась: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="218" />
        <source>not configured</source>
        <translation>не настроена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="218" />
        <source>Regional system: %1</source>
        <translation>Региональная система: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="219" />
        <source>Kiosk ID: %1</source>
        <translation>Идентификатор киоска: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="220" />
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="24" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="223" />
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="235" />
        <source>Everything is delivered.</source>
        <translation>Всё доставлено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="238" />
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="247" />
        <source>Rows not applied: %1 (listed below)</source>
        <translation>Не применено строк: %1 (список ниже)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="249" />
        <source>No reference data pulled yet.</source>
        <translation>Справочники ещё не получены.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="250" />
        <source>Reference data</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="256" />
        <source>The rest of the reference data is in use; these rows wait for a correction. Ask the regional system's administrator to correct them; the next sync then applies them by itself.</source>
        <translation>Остальные справочные данные используются; эти строки ждут исправления. Попросите администратора региональной системы исправить их — следующая синхронизация применит их сама.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="257" />
        <source>Reference rows not applied</source>
        <translation>Не применённые строки справочников</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="266" />
        <source>Last errors</source>
        <translation>Последние ошибки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="266" />
        <source>No errors.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="255" />
        <location filename="../../kiosk/ui/console/sync.py" line="274" />
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="275" />
        <source>Rejected or in conflict</source>
        <translation>Отклонённые и конфликтующие</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="275" />
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="224" />
        <source>The office queue could not be reached; nothing was changed. Tap Refresh and try again.</source>
        <translation>Очередь офиса недоступна; ничего не изменено. Нажмите «Обновить» и повторите.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="255" />
        <source>The office queue: tickets from every kiosk of this office. A call made here is seen at every kiosk.</source>
        <translation>Очередь офиса: талоны со всех киосков этого офиса. Вызов отсюда виден на каждом киоске.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="257" />
        <source>The regional system has this kiosk at another office, so only this kiosk's tickets are shown. Call the technician to check the kiosk's office.</source>
        <translation>В региональной системе этот киоск числится в другом офисе, поэтому показаны только талоны этого киоска. Позовите техника, чтобы проверить офис киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="259" />
        <source>The office queue cannot be reached: only this kiosk's tickets are shown. Calls made here reach the office queue when the connection is back.</source>
        <translation>Очередь офиса недоступна: показаны только талоны этого киоска. Вызовы отсюда попадут в очередь офиса, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="261" />
        <source>Asking the office queue…</source>
        <translation>Запрашиваем очередь офиса…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="263" />
        <source>This kiosk is not connected to the regional system: only its own tickets are shown.</source>
        <translation>Киоск не подключён к региональной системе: показаны только его собственные талоны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="280" />
        <source>⚠ Ticket %1 was given to two visitors (at %2 and at %3). When you call %1, check the time on the ticket and serve both.</source>
        <translation>⚠ Талон %1 выдан двум посетителям (в %2 и в %3). Вызывая %1, сверьте время на талоне и примите обоих.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="283" />
        <source>⚠ Ticket %1 was given to two visitors (one at %2). When you call %1, check the time on the ticket and serve both.</source>
        <translation>⚠ Талон %1 выдан двум посетителям (один — в %2). Вызывая %1, сверьте время на талоне и примите обоих.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="28" />
        <source>Booked: the time is held for the visitor.</source>
        <translation>Запись сделана: время закреплено за посетителем.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="29" />
        <source>A request, not an appointment yet: the polyclinic confirms or refuses it once the kiosk is online. The visitor can check it by the receipt number.</source>
        <translation>Это заявка, ещё не запись: поликлиника подтвердит или отклонит её, когда терминал будет на связи. Посетитель может проверить её по номеру расписки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="30" />
        <source>Cancelled.</source>
        <translation>Запись отменена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="31" />
        <source>Refused: the time was taken before the request arrived. Help the visitor book another time.</source>
        <translation>Отказано: это время заняли раньше, чем пришла заявка. Помогите посетителю записаться на другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="34" />
        <source>Not sent yet: it is saved on this kiosk and goes to the regional system by itself once the kiosk is online. If it has waited long, tell the technician.</source>
        <translation>Ещё не отправлено: сохранено на этом терминале и уйдёт в региональную систему само, как только появится связь. Если ждёт долго, сообщите технику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="35" />
        <source>Being sent to the regional system now.</source>
        <translation>Сейчас отправляется в региональную систему.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="36" />
        <source>Delivered and accepted by the regional system.</source>
        <translation>Доставлено и принято региональной системой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="37" />
        <source>Refused by the regional system. The reason is below: help the visitor correct it and apply again.</source>
        <translation>Отклонено региональной системой. Причина указана ниже: помогите посетителю исправить и подать заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="38" />
        <source>Not accepted: the regional system already holds a different request with this number. Call the technician; do not apply again yet.</source>
        <translation>Не принято: в региональной системе уже есть другое обращение с этим номером. Позовите техника; пока не подавайте заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="39" />
        <source>Unknown state. Call the technician.</source>
        <translation>Состояние неизвестно. Позовите техника.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="45" />
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="46" />
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="47" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="48" />
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="49" />
        <source>Conflict: call the technician</source>
        <translation>Конфликт: позовите техника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="50" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="55" />
        <source>phone number</source>
        <translation>номеру телефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="56" />
        <source>policy number (ENP)</source>
        <translation>номеру полиса (ЕНП)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="155" />
        <source>Found by %1 on this kiosk: %2</source>
        <translation>Найдено по %1 на этом терминале: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="157" />
        <source>Nothing on this kiosk holds this %1. Personal data is removed after delivery: then ask for the receipt number, or look in the regional system.</source>
        <translation>На этом терминале ничего не найдено по этому %1. После доставки персональные данные удаляются: тогда спросите номер расписки или посмотрите в региональной системе.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="159" />
        <source>Waiting to be sent or refused on this kiosk: %1, newest first</source>
        <translation>Ждут отправки или отклонены на этом терминале: %1, сначала новые</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="160" />
        <source>Waiting to be sent or refused on this kiosk</source>
        <translation>Ждут отправки или отклонены на этом терминале</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="161" />
        <source>Nothing is waiting to be sent and nothing was refused on this kiosk.</source>
        <translation>На этом терминале ничего не ждёт отправки и ничего не отклонено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find_list.py" line="165" />
        <source>%1 more not shown: search by receipt, phone or policy number to find one.</source>
        <translation>Ещё %1 не показано: найдите нужное по номеру расписки, телефона или полиса.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="234" />
        <source>the printer is paused in CUPS</source>
        <translation>принтер приостановлен в CUPS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="235" />
        <source>the printer does not accept jobs</source>
        <translation>принтер не принимает задания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="236" />
        <source>the printer is out of paper</source>
        <translation>в принтере закончилась бумага</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="237" />
        <source>the printer reports an error (paper jam, open cover or offline)</source>
        <translation>принтер сообщает об ошибке (замята бумага, открыта крышка или он не в сети)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="238" />
        <source>the configured printer is not found</source>
        <translation>настроенный принтер не найден</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="239" />
        <source>the print service does not answer</source>
        <translation>служба печати не отвечает</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="241" />
        <source>Receipts are not printing: %1. Visitors see their receipts on screen. Fix the printer or call the technician.</source>
        <translation>Расписки не печатаются: %1. Посетители видят расписки на экране. Исправьте принтер или вызовите техника.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="32" />
        <location filename="../../kiosk/ui/screens/services/messages.py" line="44" />
        <source>Choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="34" />
        <source>Tick this box to continue.</source>
        <translation>Отметьте этот пункт, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="36" />
        <source>Enter the date: day, month and year.</source>
        <translation>Введите дату: день, месяц и год.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="37" />
        <source>Fill in this field.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="39" />
        <source>Enter the full address: town, street, house number and flat, if any.</source>
        <translation>Введите полный адрес: город, улицу, номер дома и квартиры, если есть.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="40" />
        <source>This date does not exist. Enter the day (1–31), the month (1–12) and the year with four digits.</source>
        <translation>Такой даты нет. Введите день (1–31), месяц (1–12) и год четырьмя цифрами.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="41" />
        <source>This date is in the future. Check the year.</source>
        <translation>Эта дата ещё не наступила. Проверьте год.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="42" />
        <source>The year must be 1900 or later. Check the year.</source>
        <translation>Год должен быть не раньше 1900. Проверьте год.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="43" />
        <source>Enter a number using digits only.</source>
        <translation>Введите число цифрами.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="45" />
        <source>Use digits only, for example +7 912 345-67-89.</source>
        <translation>Используйте только цифры, например +7 912 345-67-89.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="46" />
        <source>A phone number has 10 digits after +7 (or 11 digits starting with 8). Check the number.</source>
        <translation>В номере телефона 10 цифр после +7 (или 11 цифр, начиная с 8). Проверьте номер.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="47" />
        <source>Enter a mobile number: it starts with +7 9.</source>
        <translation>Введите номер мобильного телефона: он начинается с +7 9.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="48" />
        <source>Enter the e-mail address like name@example.ru, or leave the field empty.</source>
        <translation>Введите адрес почты в виде name@example.ru или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="49" />
        <source>SNILS has digits only (spaces and dashes are allowed).</source>
        <translation>СНИЛС состоит только из цифр (пробелы и дефисы допускаются).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="50" />
        <source>SNILS has 11 digits, for example 112-233-445 95. Check that no digit is missing.</source>
        <translation>В СНИЛС 11 цифр, например 112-233-445 95. Проверьте, не пропущена ли цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="51" />
        <source>This SNILS has a typing error: the last two digits do not match. Check every digit against the card.</source>
        <translation>В СНИЛС ошибка: последние две цифры не сходятся. Сверьте каждую цифру с документом.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="52" />
        <source>INN has digits only.</source>
        <translation>ИНН состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="53" />
        <source>INN has 12 digits for a person (10 for an organisation). Check that no digit is missing.</source>
        <translation>ИНН гражданина — 12 цифр (организации — 10). Проверьте, не пропущена ли цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="54" />
        <source>This INN has a typing error: the check digits do not match. Check every digit.</source>
        <translation>В ИНН ошибка: контрольные цифры не сходятся. Проверьте каждую цифру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="55" />
        <source>The policy number has digits only.</source>
        <translation>Номер полиса состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="56" />
        <source>The medical policy number (ENP) has 16 digits. Check that no digit is missing.</source>
        <translation>В номере полиса ОМС (ЕНП) 16 цифр. Проверьте, не пропущена ли цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="57" />
        <source>This policy number has a typing error: the last digit does not match. Check every digit.</source>
        <translation>В номере полиса ошибка: последняя цифра не сходится. Проверьте каждую цифру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="62" />
        <source>Too long: at most %1 characters. Shorten the text.</source>
        <translation>Слишком длинно: не больше %1 знаков. Сократите текст.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="64" />
        <source>The smallest allowed value is %1.</source>
        <translation>Наименьшее допустимое значение — %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="66" />
        <source>The largest allowed value is %1.</source>
        <translation>Наибольшее допустимое значение — %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="67" />
        <source>Check this field.</source>
        <translation>Проверьте это поле.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="74" />
        <source>February %1 has %2 days: check the day.</source>
        <translation>В феврале %1 года %2 дней: проверьте день.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="75" />
        <source>April has 30 days: check the day.</source>
        <translation>В апреле 30 дней: проверьте день.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="76" />
        <source>June has 30 days: check the day.</source>
        <translation>В июне 30 дней: проверьте день.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="77" />
        <source>September has 30 days: check the day.</source>
        <translation>В сентябре 30 дней: проверьте день.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="78" />
        <source>November has 30 days: check the day.</source>
        <translation>В ноябре 30 дней: проверьте день.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="82" />
        <source>This month has %1 days: check the day.</source>
        <translation>В этом месяце %1 дней: проверьте день.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../kiosk/ui/date_entry.py" line="13" />
        <source>Day.month.year, for example 14.03.1975</source>
        <translation>День.месяц.год, например 14.03.1975</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_entry.py" line="28" />
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="99" />
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="99" />
        <source>not selected</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="156" />
        <source>11 digits, as on the green card or in Gosuslugi</source>
        <translation>11 цифр, как на зелёной карточке или в Госуслугах</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="158" />
        <source>16 digits, as on the medical insurance policy</source>
        <translation>16 цифр, как в полисе ОМС</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="160" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/field_editor.py" line="178" />
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="97" />
        <source>Main menu</source>
        <translation>Главное меню</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="100" />
        <source>Welcome! Choose what you need.</source>
        <translation>Здравствуйте! Выберите, что вам нужно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="103" />
        <source>This kiosk had to replace its saved data with a fresh copy. You can use it as usual; staff know about it.</source>
        <translation>Терминалу пришлось заменить сохранённые данные чистой копией. Пользоваться им можно как обычно; сотрудники об этом знают.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="107" />
        <source>OK</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="108" />
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="141" />
        <source>Are you still there? To protect your privacy, everything you entered will be cleared and the kiosk will return to the start.</source>
        <translation>Вы ещё здесь? Чтобы защитить ваши данные, всё введённое будет удалено, и терминал вернётся на главный экран.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <source>Continue, I am still here</source>
        <translation>Продолжить, я ещё здесь</translation>
    </message>
<message numerus="yes"><source>%n second(s) left</source><translation><numerusform>Осталась %n секунда</numerusform><numerusform>Осталось %n секунды</numerusform><numerusform>Осталось %n секунд</numerusform></translation></message></context>
<context>
    <name>Leave</name>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="97" />
        <source>Discard what you entered? If you leave now, this form is cleared.</source>
        <translation>Стереть введённое? Если уйти сейчас, эта форма будет очищена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="98" />
        <source>Keep editing</source>
        <translation>Продолжить заполнение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="99" />
        <source>Keep editing: stay on this form</source>
        <translation>Продолжить заполнение: остаться на этой форме</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="100" />
        <source>Discard and leave</source>
        <translation>Стереть и уйти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/leave_guard.py" line="101" />
        <source>Discard what you entered and leave</source>
        <translation>Стереть введённое и уйти</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="191" />
        <source>Meter readings</source>
        <extracomment>Width of a text field (px): enough for the longest value, not the whole screen. Only the fields are narrowed: a wrapped label with a maximum width gets the height for the full width. The kiosk's clock offset as last learned (``meters.server_clock``), for the period it shows.</extracomment>
        <translation>Показания счётчиков</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="254" />
        <source>Enter the house number, for example 12 or 44k2.</source>
        <translation>Введите номер дома, например 12 или 44к2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="256" />
        <source>Choose your provider: it is printed at the top of the bill.</source>
        <translation>Выберите поставщика: он указан в верхней части квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="336" />
        <source>Submit the readings of your electricity, water, heating and gas meters. Have your bill at hand: you need the personal account number printed on it.</source>
        <translation>Передайте показания счётчиков электроэнергии, воды, тепла и газа. Держите под рукой квитанцию: понадобится номер лицевого счёта, указанный в ней.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="338" />
        <source>Your provider</source>
        <translation>Ваш поставщик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="343" />
        <source>Personal account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="360" />
        <source>No account with this number and address was found. Check the account number on the bill and the house and flat numbers, then touch “%1” again.</source>
        <translation>Лицевой счёт с таким номером и адресом не найден. Сверьте номер лицевого счёта с квитанцией, проверьте номера дома и квартиры и снова нажмите «%1».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="365" />
        <source>If everything matches the bill, call the provider: %1.</source>
        <translation>Если всё совпадает с квитанцией, позвоните поставщику: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="366" />
        <source>If everything matches the bill, call the provider: the phone number is on the bill.</source>
        <translation>Если всё совпадает с квитанцией, позвоните поставщику: телефон указан в квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="344" />
        <source>As on the bill</source>
        <translation>Как в квитанции</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="345" />
        <source>House number</source>
        <translation>Номер дома</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="345" />
        <source>To confirm the account is yours, for example 12 or 44k2</source>
        <translation>Чтобы подтвердить, что это ваш лицевой счёт, например 12 или 44к2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="346" />
        <source>Flat number</source>
        <translation>Номер квартиры</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="346" />
        <source>Leave it empty for a private house</source>
        <translation>Для частного дома оставьте пустым</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="348" />
        <source>Looking for the account…</source>
        <translation>Ищем лицевой счёт…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="350" />
        <source>Too many tries with a wrong account number or address have been made at this kiosk. For your safety, please try again in %1 min, or ask a member of staff for help.</source>
        <translation>На этом терминале было слишком много попыток с неверным номером счёта или адресом. Для вашей безопасности повторите через %1 мин или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="355" />
        <location filename="../../kiosk/ui/screens/meters/account.py" line="362" />
        <source>Next: my meters</source>
        <translation>Далее: мои счётчики</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="356" />
        <source>Next: find my account and meters</source>
        <translation>Далее: найти мой лицевой счёт и счётчики</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="126" />
        <source>Confirmed: the provider will review this unusually large consumption.</source>
        <translation>Подтверждено: поставщик проверит этот необычно большой расход.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="134" />
        <source>The meter was replaced with a new one</source>
        <translation>Счётчик заменили на новый</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="136" />
        <source>The meter went past its largest value and started again from zero</source>
        <translation>Счётчик дошёл до максимума и начал отсчёт с нуля</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="138" />
        <source>Yes, the reading is correct</source>
        <translation>Да, показание верное</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/reading_row.py" line="118" />
        <source>Last accepted reading%1: %2 on %3</source>
        <extracomment>A reading field is as wide as the longest reading at 200 % text, not as the screen.</extracomment>
        <translation>Последнее принятое показание%1: %2 от %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/known_meter.py" line="51" />
        <source>Verification due: %1</source>
        <translation>Срок поверки: до %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="102" />
        <source>Meter %1</source>
        <extracomment>Offline the dial is unknown: accept what any meter can show; the backend checks the real format.</extracomment>
        <translation>Счётчик %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="103" />
        <source>Serial number of the meter (on its face)</source>
        <translation>Заводской номер счётчика (на его лицевой панели)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="104" />
        <source>Meter %1: serial number</source>
        <translation>Счётчик %1: заводской номер</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="110" />
        <source>One tariff</source>
        <translation>Однотарифный</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="110" />
        <source>Two zones: T1, T2</source>
        <translation>Две зоны: Т1, Т2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/offline_meter.py" line="110" />
        <source>Three zones: T1, T2, T3</source>
        <translation>Три зоны: Т1, Т2, Т3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="66" />
        <source>Enter the readings</source>
        <translation>Введите показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="162" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="253" />
        <source>%1, account %2</source>
        <translation>%1, лицевой счёт %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="167" />
        <source>No connection to the provider: enter each meter's serial number and its reading. They will be checked and sent automatically. Check the result later with the receipt number on the “Check status by receipt” screen.</source>
        <translation>Нет связи с поставщиком: введите заводской номер и показание каждого счётчика. Они будут проверены и отправлены автоматически. Результат узнайте позже по номеру расписки на экране «Проверить статус по расписке».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="178" />
        <source>Some readings need your attention: see the messages marked ⚠.</source>
        <translation>Проверьте показания: смотрите сообщения со значком ⚠.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="172" />
        <source>No meters are registered on this account. Please contact the provider.</source>
        <translation>К этому лицевому счёту не подключено ни одного счётчика. Обратитесь к поставщику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="179" />
        <source>Enter at least one reading.</source>
        <translation>Введите хотя бы одно показание.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="182" />
        <source>Next: check the readings</source>
        <translation>Далее: проверить показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="183" />
        <source>Next: check the readings before sending</source>
        <translation>Далее: проверить показания перед отправкой</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="185" />
        <source>Add another meter</source>
        <translation>Добавить счётчик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="186" />
        <source>Add another meter by its serial number</source>
        <translation>Добавить ещё один счётчик по заводскому номеру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="188" />
        <source>Find my account</source>
        <translation>Найти мой лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="189" />
        <source>Find my account: choose the provider and enter the account number</source>
        <translation>Найти мой лицевой счёт: выбрать поставщика и ввести номер счёта</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="41" />
        <source>(used %1 %2)</source>
        <translation>(расход %1 %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="43" />
        <source>new meter</source>
        <translation>новый счётчик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="43" />
        <source>went past zero</source>
        <translation>переход через ноль</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="44" />
        <source>large consumption confirmed</source>
        <translation>большой расход подтверждён</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="47" />
        <source>checked on delivery</source>
        <translation>проверка при доставке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="113" />
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="114" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="28" />
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="136" />
        <source>Counts for</source>
        <translation>Учитывается за</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="141" />
        <source>Count if they reach the provider by</source>
        <translation>Учитываются, если поступят поставщику не позднее</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="178" />
        <source>Check your readings</source>
        <translation>Проверьте показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="250" />
        <source>There are no readings to check. Start with your provider and account number.</source>
        <translation>Нет показаний для проверки. Начните с выбора поставщика и номера лицевого счёта.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="259" />
        <source>Saving your readings…</source>
        <translation>Сохраняем ваши показания…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="260" />
        <source>The readings could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</source>
        <translation>Не удалось сохранить показания на этом терминале. Ничего не отправлено. Попробуйте ещё раз или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="248" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="263" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="264" />
        <source>Send the readings</source>
        <translation>Отправить показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="118" />
        <source>They will be sent to the provider automatically. Keep this receipt: check the provider's answer later at this kiosk with this receipt's number or QR code.</source>
        <translation>Они будут отправлены поставщику автоматически. Сохраните расписку: ответ поставщика можно узнать позже на этом киоске по номеру расписки или QR-коду.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="120" />
        <source>No connection now: your readings will be checked and sent automatically when it returns. Keep this receipt: check the provider's answer later at this kiosk with this receipt's number or QR code.</source>
        <translation>Сейчас нет связи: показания будут проверены и отправлены автоматически, когда она появится. Сохраните расписку: ответ поставщика можно узнать позже на этом киоске по номеру расписки или QR-коду.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="124" />
        <source>The kiosk could not check its clock with the provider: the provider checks the date of the readings, and the answer will say whether they count.</source>
        <translation>Киоск не смог сверить свои часы с поставщиком: поставщик проверит дату показаний, и в ответе будет сказано, учтены ли они.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="127" />
        <source>Meter readings saved on the kiosk</source>
        <translation>Показания счётчиков сохранены в киоске</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="138" />
        <source>decided by the provider from the date of the readings</source>
        <translation>определит поставщик по дате показаний</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="247" />
        <source>Nothing is sent until you touch “%1”. To correct a reading, touch “%2”.</source>
        <translation>Пока вы не нажмёте «%1», ничего не отправляется. Чтобы исправить показание, нажмите «%2».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="248" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="267" />
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="268" />
        <source>Change the readings</source>
        <translation>Изменить показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="18" />
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="18" />
        <source>Cold water</source>
        <translation>Холодная вода</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="18" />
        <source>Hot water</source>
        <translation>Горячая вода</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="19" />
        <source>Heating</source>
        <translation>Отопление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="19" />
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="23" />
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="23" />
        <source>Gcal</source>
        <translation>Гкал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="23" />
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <source>T1, day</source>
        <translation>Т1, день</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="30" />
        <source>T2, night</source>
        <translation>Т2, ночь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="30" />
        <source>T1, peak</source>
        <translation>Т1, пик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="30" />
        <source>T3, half-peak</source>
        <translation>Т3, полупик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="37" />
        <source>night</source>
        <translation>ночь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="37" />
        <source>peak</source>
        <translation>пик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="38" />
        <source>half-peak</source>
        <translation>полупик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="47" />
        <source>Tariff zones: %1</source>
        <translation>Тарифные зоны: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="61" />
        <source>Meter dial: %1 digits, whole numbers only</source>
        <translation>Табло счётчика: разрядов — %1, только целые числа</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="62" />
        <source>Meter dial: %1 digits, then %2 after the decimal point</source>
        <translation>Табло счётчика: разрядов до запятой — %1, после запятой — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="71" />
        <source>%1 meter No. %2</source>
        <translation>Счётчик № %2 — %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="76" />
        <source>Enter the personal account number from your bill.</source>
        <translation>Введите номер лицевого счёта из квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="78" />
        <source>This account number has a typing error: the check digit does not match. Check every digit against the bill.</source>
        <translation>В номере счёта опечатка: не сходится контрольная цифра. Сверьте каждую цифру с квитанцией.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="80" />
        <source>This provider's account numbers look like %1 (or the unified GIS ZhKKh number such as 73АБ123456). Check the number on the bill.</source>
        <translation>Номера лицевых счетов этого поставщика выглядят так: %1 (или единый номер ГИС ЖКХ, например 73АБ123456). Проверьте номер по квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="81" />
        <source>Check the account number on the bill.</source>
        <translation>Проверьте номер лицевого счёта по квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="88" />
        <source>Enter the reading.</source>
        <translation>Введите показание.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="90" />
        <source>Use digits only, with a point or comma before the decimals.</source>
        <translation>Используйте только цифры; дробную часть отделите точкой или запятой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="92" />
        <source>This meter shows at most %1 digits before the point. Copy only the black drums.</source>
        <translation>У этого счётчика не больше %1 цифр до запятой. Перепишите только чёрные барабаны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="95" />
        <source>This provider takes whole numbers only: leave out the red drums.</source>
        <translation>Этот поставщик принимает только целые числа: красные барабаны не указывайте.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="96" />
        <source>At most %1 digits after the point.</source>
        <translation>Не больше %1 цифр после запятой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="98" />
        <source>Less than the last reading (%1). Check it, or choose below what happened.</source>
        <translation>Меньше прошлого показания (%1). Проверьте его или выберите ниже, что произошло.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="101" />
        <source>Unusually high: %1 %3 used (usually up to %2 %3). If the reading is right, confirm it below.</source>
        <translation>Необычно большой расход: %1 %3 (обычно до %2 %3). Если показание верное, подтвердите ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="104" />
        <source>This meter's verification expired on %1, so its readings cannot be accepted for billing. Order a verification or a replacement of the meter (the provider's phone is on the bill), then give the certificate to the provider. Until then you are billed by the norm.</source>
        <translation>Срок поверки этого счётчика истёк %1, поэтому его показания не принимаются к расчёту. Закажите поверку или замену счётчика (телефон поставщика есть в квитанции) и передайте акт поставщику. До этого начисления идут по нормативу.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="109" />
        <source>This meter has no such tariff zone.</source>
        <translation>У этого счётчика нет такой тарифной зоны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="111" />
        <source>Enter the meter's serial number: it is printed on the meter's face.</source>
        <translation>Введите заводской номер счётчика: он указан на лицевой панели счётчика.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="112" />
        <source>Check this reading.</source>
        <translation>Проверьте это показание.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="123" />
        <source>This kiosk's clock needs checking: the provider will decide by the date of your readings which month they count for.</source>
        <translation>Часы киоска требуют проверки: за какой месяц учесть показания, поставщик решит по их дате.</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="42" />
        <source>You are here</source>
        <translation>Вы здесь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="44" />
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="45" />
        <source>not known</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="46" />
        <source>Opening hours: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="48" />
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="67" />
        <source>Offices and opening hours</source>
        <translation>Офисы МФЦ и часы работы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="97" />
        <source>Loading the list of offices…</source>
        <translation>Загружаем список офисов…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="98" />
        <source>Visit any of these offices. Opening hours are local time.</source>
        <translation>Вы можете обратиться в любой из этих офисов. Часы работы указаны по местному времени.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="99" />
        <source>The list of offices is not available yet. Please ask a member of staff.</source>
        <translation>Список офисов пока недоступен. Пожалуйста, обратитесь к сотруднику центра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices/screen.py" line="100" />
        <source>The list of offices cannot be shown right now. Please ask a member of staff.</source>
        <translation>Сейчас не удаётся показать список офисов. Пожалуйста, обратитесь к сотруднику центра.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="79" />
        <source>Queue ticket</source>
        <translation>Талон электронной очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="170" />
        <source>Choose what you came for. You get a ticket with your number and the estimated wait.</source>
        <translation>Выберите, по какому вопросу вы пришли. Вы получите талон с номером и примерным временем ожидания.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="176" />
        <source>Service: %1</source>
        <translation>Услуга: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="177" />
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="178" />
        <source>Take a ticket for this service</source>
        <translation>Взять талон на эту услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="180" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="181" />
        <source>Issuing your ticket…</source>
        <translation>Выдаём талон…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="182" />
        <source>The ticket could not be issued. Please try again or ask a member of staff at the reception.</source>
        <translation>Талон выдать не удалось. Попробуйте ещё раз или обратитесь к администратору зала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="183" />
        <source>Queue tickets cannot be issued right now. Please ask a member of staff at the reception.</source>
        <translation>Сейчас талоны выдать нельзя. Обратитесь к администратору зала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="186" />
        <source>Queue tickets are not available yet. Please ask a member of staff at the reception.</source>
        <translation>Талоны пока недоступны. Обратитесь к администратору зала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="189" />
        <source>Or choose another topic</source>
        <translation>Или выберите другой вопрос</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="189" />
        <source>Topics</source>
        <translation>Вопросы</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="59" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="156" />
        <source>Queue ticket</source>
        <extracomment>Other kinds (meter readings): ``content(lang)`` → (title, lines, footer) in the current language. Lines added to the QR code after the receipt number (e.g. each meter reading). True once the regional office has the request; a new submission is only saved on the kiosk.</extracomment>
        <translation>Талон электронной очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="60" />
        <source>Number to check the status</source>
        <translation>Номер для проверки статуса</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="89" />
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="63" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="70" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="254" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="65" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="257" />
        <source>Category</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="66" />
        <source>People ahead of you</source>
        <translation>Перед вами в очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="67" />
        <source>Estimated wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="67" />
        <source>about %1 min</source>
        <translation>около %1 мин</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="68" />
        <source>Watch the screen in the hall: your ticket number will be called.</source>
        <translation>Следите за табло в зале: номер вашего талона вызовут.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="72" />
        <source>How long it takes</source>
        <translation>Срок оказания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="73" />
        <source>Keep this receipt: you can check the status at this kiosk by its number or QR code.</source>
        <translation>Сохраните расписку: статус можно проверить на этом терминале по её номеру или QR-коду.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="75" />
        <source>Application submitted</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="78" />
        <source>Application saved on the kiosk</source>
        <translation>Заявление сохранено на терминале</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="79" />
        <source>The kiosk sends it to the regional office automatically; you do not need to do anything.</source>
        <translation>Терминал отправит его в региональный центр автоматически; вам ничего делать не нужно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="88" />
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="228" />
        <source>The printer is not working. Write down the number below or photograph the QR code with your phone; a member of staff can also help. Your request is saved on this kiosk.</source>
        <translation>Принтер не работает. Запишите номер ниже или сфотографируйте QR-код телефоном; также можно обратиться к сотруднику. Ваше обращение сохранено на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="281" />
        <source>When you are done, touch “Done” to go back to the start.</source>
        <translation>Когда закончите, нажмите «Готово», чтобы вернуться на главный экран.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="81" />
        <source>Receipt No.</source>
        <translation>Расписка №</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="157" />
        <source>Your receipt</source>
        <translation>Ваша расписка</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="215" />
        <source>Print again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="216" />
        <source>Try printing again</source>
        <translation>Попробовать напечатать снова</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="217" />
        <source>Print the receipt</source>
        <translation>Напечатать расписку</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="219" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="220" />
        <source>Done: back to the start</source>
        <translation>Готово: вернуться на главный экран</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="274" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="225" />
        <source>Printing the receipt…</source>
        <translation>Печатаем расписку…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="226" />
        <source>The ticket has been printed. Please take it from the printer.</source>
        <translation>Талон напечатан. Возьмите его из принтера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="227" />
        <source>The receipt has been printed. Please take it from the printer.</source>
        <translation>Расписка напечатана. Возьмите её из принтера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="237" />
        <source>There is no receipt to show. Touch “Done” to go back to the start.</source>
        <translation>Расписки пока нет. Нажмите «Готово», чтобы вернуться на главный экран.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="249" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="274" />
        <source>Your ticket: %1</source>
        <translation>Ваш талон: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="250" />
        <source>People ahead of you: %1. Estimated wait: about %2 min.</source>
        <translation>Перед вами: %1. Ожидание: около %2 мин.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="264" />
        <source>QR code of receipt %1</source>
        <translation>QR-код расписки %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="219" />
        <source>The printer is not working now. At the end your receipt will be shown on the screen: photograph its QR code or write down its number.</source>
        <translation>Принтер сейчас не работает. В конце вы получите расписку на экране: сфотографируйте её QR-код или запишите её номер.</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="58" />
        <source>About the service</source>
        <translation>Об услуге</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="99" />
        <source>Choose a service in the catalogue to see what it is and what to bring.</source>
        <translation>Выберите услугу в каталоге, чтобы узнать, что это за услуга и какие документы нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="100" />
        <source>Loading the service…</source>
        <translation>Загружаем услугу…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="102" />
        <source>This service is no longer in the catalogue. Please choose another one.</source>
        <translation>Этой услуги больше нет в каталоге. Выберите другую.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="103" />
        <source>The service cannot be shown right now. Please ask a member of staff.</source>
        <translation>Сейчас услугу показать нельзя. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="110" />
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="111" />
        <source>Open the catalogue</source>
        <translation>Открыть каталог услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="112" />
        <source>Apply</source>
        <translation>Подать заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="113" />
        <source>Apply for this service at the kiosk</source>
        <translation>Подать заявление на эту услугу через терминал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="114" />
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="115" />
        <source>Take a queue ticket for this service</source>
        <translation>Взять талон на эту услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="121" />
        <source>Category: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="124" />
        <source>Who can apply</source>
        <translation>Кто может обратиться</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="125" />
        <source>Documents to bring</source>
        <translation>Какие документы взять</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="127" />
        <source>No documents are needed.</source>
        <translation>Документы не нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="128" />
        <source>Fee</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="129" />
        <source>How long it takes</source>
        <translation>Срок оказания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="130" />
        <source>Where to apply</source>
        <translation>Где получить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="132" />
        <source>Any MFC office of the region.</source>
        <translation>В любом МФЦ региона.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="133" />
        <source>Applying at the kiosk</source>
        <translation>Заявление через терминал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="134" />
        <source>You can fill in the application here and bring the documents to the office.</source>
        <translation>Заявление можно заполнить здесь, а документы принести в МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="136" />
        <source>This service has no application form at the kiosk: take a queue ticket and bring the documents to the office.</source>
        <translation>Для этой услуги нет заявления на терминале: возьмите талон и принесите документы в МФЦ.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="88" />
        <source>Free of charge</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="89" />
        <source>%1 roubles (state duty)</source>
        <translation>%1 руб. (госпошлина)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="93" />
        <source>%1 working days</source>
        <translation>%1 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="97" />
        <source>Application for a public service</source>
        <translation>Заявление на услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="98" />
        <source>Queue ticket</source>
        <translation>Талон электронной очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="99" />
        <source>Doctor appointment</source>
        <translation>Запись к врачу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="100" />
        <source>Request made at the kiosk</source>
        <translation>Обращение через терминал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="100" />
        <source>Meter readings</source>
        <translation>Показания счётчиков</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="152" />
        <source>Saved on this kiosk, not sent yet. The kiosk sends it automatically as soon as it is online; you do not need to do anything.</source>
        <translation>Сохранено на этом терминале, ещё не отправлено. Терминал отправит данные автоматически, как только появится связь; вам ничего делать не нужно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="153" />
        <source>Being sent to the regional office right now.</source>
        <translation>Прямо сейчас отправляется в региональный центр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="154" />
        <source>Delivered and accepted by the regional office.</source>
        <translation>Доставлено и принято региональным центром.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="155" />
        <source>Delivered, but the regional office rejected it.</source>
        <translation>Доставлено, но региональный центр его отклонил.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="156" />
        <source>Not accepted: the regional office already holds a different request with this number. Please ask a member of staff.</source>
        <translation>Не принято: в региональном центре уже есть другое обращение с этим номером. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="157" />
        <source>Unknown state. Please ask a member of staff.</source>
        <translation>Состояние неизвестно. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="161" />
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="161" />
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="161" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="162" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="162" />
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="78" />
        <source>Offline · demo data</source>
        <translation>Нет связи · демо-данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="81" />
        <source>Sending paused — staff have been told</source>
        <translation>Отправка приостановлена — сотрудники уже знают</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="83" />
        <source>Server not accepting requests yet</source>
        <translation>Сервер пока не принимает заявления</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="84" />
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="85" />
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="86" />
        <source>waiting to be sent: %1</source>
        <translation>ждут отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="88" />
        <source>Offline — requests are kept and sent later</source>
        <translation>Нет связи — заявления сохранены и будут отправлены позже</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="89" />
        <source>Online · everything sent</source>
        <translation>На связи · всё отправлено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="314" />
        <source>Public services kiosk</source>
        <translation>Терминал государственных услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="60" />
        <location filename="../../kiosk/ui/shell_bars.py" line="61" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="62" />
        <location filename="../../kiosk/ui/shell_bars.py" line="63" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="67" />
        <source>Switch language to English</source>
        <translation>Переключить язык на английский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="68" />
        <source>Switch language to Russian</source>
        <translation>Переключить язык на русский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="69" />
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="70" />
        <source>Accessibility: text size, contrast, read aloud</source>
        <translation>Специальные возможности: размер текста, контрастность, чтение вслух</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="71" />
        <source>Read aloud</source>
        <translation>Озвучить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell_bars.py" line="72" />
        <source>Read this screen aloud (key F1)</source>
        <translation>Прочитать экран вслух (клавиша F1)</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="39" />
        <source>To hear the screen read aloud, press the F1 key, or touch “Read aloud” at the bottom of the screen.</source>
        <translation>Чтобы экран зачитывался вслух, нажмите клавишу F1 или кнопку «Озвучить» внизу экрана.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="155" />
        <source>Read aloud on</source>
        <translation>Чтение вслух включено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="156" />
        <source>Read aloud off</source>
        <translation>Чтение вслух выключено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="161" />
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/spoken.py" line="50" />
        <source>Items in the list: %1.</source>
        <translation>Пунктов в списке: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/spoken.py" line="53" />
        <source>The first: %1.</source>
        <translation>Первые: %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="128" />
        <source>Check status by receipt</source>
        <translation>Проверить статус по расписке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="254" />
        <source>Type the receipt number, for example K7Q2-3M2A-9X4P, or hold the receipt's QR code under the scanner.</source>
        <translation>Введите номер расписки, например K7Q2-3M2A-9X4P, или поднесите QR-код расписки к сканеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="256" />
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="257" />
        <source>Receipt number: type it or scan the QR code</source>
        <translation>Номер расписки: введите его или отсканируйте QR-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="258" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="259" />
        <source>Check the status</source>
        <translation>Проверить статус</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="261" />
        <source>Looking for the receipt…</source>
        <translation>Ищем расписку…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="265" />
        <source>This is not a receipt number. A receipt number has 12 letters and digits, for example K7Q2-3M2A-9X4P. Check the number and try again.</source>
        <translation>Это не номер расписки. В номере 12 латинских букв и цифр, например K7Q2-3M2A-9X4P. Проверьте номер и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="267" />
        <source>The status cannot be checked right now. Please ask a member of staff.</source>
        <translation>Сейчас проверить статус нельзя. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="309" />
        <source>Each reading:</source>
        <translation>По каждому показанию:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="307" />
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="136" />
        <source>To check another receipt, type its number.</source>
        <translation>Чтобы проверить другую расписку, введите её номер.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="262" />
        <source>No request with the number %1 was made at this kiosk. Check the number on the receipt (letters O and I are read as digits 0 and 1). A request can be checked only at the kiosk where it was made; if you need help, ask a member of staff.</source>
        <translation>Обращения с номером %1 на этом терминале не было. Проверьте номер на расписке (буквы O и I читаются как цифры 0 и 1). Статус обращения можно проверить только на том терминале, где оно оформлено; если нужна помощь, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="317" />
        <source>Apply again</source>
        <translation>Подать заявление снова</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="318" />
        <source>Choose a service</source>
        <translation>Выбрать услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="319" />
        <source>Submit readings again</source>
        <translation>Передать показания снова</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="320" />
        <source>Book a doctor again</source>
        <translation>Записаться к врачу снова</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="329" />
        <source>Accepted by the regional office.</source>
        <translation>Принято региональным центром.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="334" />
        <source>Not accepted by the regional office.</source>
        <translation>Не принято региональным центром.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="340" />
        <source>Asking the regional office…</source>
        <translation>Запрашиваем региональный центр…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="345" />
        <source>No connection to the regional office right now: this shows the kiosk's own information.</source>
        <translation>Сейчас нет связи с региональным центром: показаны сведения этого терминала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="347" />
        <source>The regional office has not received it yet.</source>
        <translation>Региональный центр его ещё не получил.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="331" />
        <source>Registration number: %1.</source>
        <translation>Регистрационный номер: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="112" />
        <source>Large consumption: the provider will check it.</source>
        <translation>Большой расход: поставщик его проверит.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="113" />
        <source>The meter went past zero.</source>
        <translation>Счётчик перешёл через ноль.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="114" />
        <source>New meter.</source>
        <translation>Новый счётчик.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="117" />
        <source>Meter No. %1, %2: %3</source>
        <translation>Счётчик № %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="124" />
        <source>%1 — accepted, counts for %2.</source>
        <translation>%1 — принято, учтено за %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="125" />
        <source>%1 — accepted.</source>
        <translation>%1 — принято.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="128" />
        <source>%1 — not accepted: %2.</source>
        <translation>%1 — не принято: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="130" />
        <source>%1 — correct, but not counted because other readings on this receipt were not accepted: submit it again together with the corrected ones.</source>
        <translation>%1 — верно, но не учтено, потому что другие показания этой расписки не приняты: передайте его ещё раз вместе с исправленными.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="132" />
        <source>%1 — not decided yet.</source>
        <translation>%1 — ещё не рассмотрено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="142" />
        <source>This service is no longer provided in the region, so the application was not accepted. Choose a current service and apply again, or ask a member of staff for help.</source>
        <translation>Эта услуга больше не оказывается в регионе, поэтому заявление не принято. Выберите действующую услугу и подайте заявление снова или обратитесь к сотруднику за помощью.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="143" />
        <source>The application was made for an office the region does not know, so it was not accepted. Please ask a member of staff: they will help you apply again.</source>
        <translation>Заявление оформлено для офиса, которого нет в реестре региона, поэтому оно не принято. Обратитесь к сотруднику — он поможет подать заявление снова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="144" />
        <source>Part of the application did not reach the regional office, so it was not accepted. Please fill in the application again, or ask a member of staff for help.</source>
        <translation>Часть заявления не дошла до регионального ведомства, поэтому оно не принято. Заполните заявление снова или обратитесь к сотруднику за помощью.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="145" />
        <source>Part of the application could not be read by the regional office, so it was not accepted. Please fill in the application again, or ask a member of staff for help.</source>
        <translation>Региональное ведомство не смогло прочитать часть заявления, поэтому оно не принято. Заполните заявление снова или обратитесь к сотруднику за помощью.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="20" />
        <source>Sync: starting</source>
        <translation>Синхронизация: запуск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="25" />
        <source>Connection status</source>
        <translation>Состояние связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="36" />
        <source>Sync paused: call a technician</source>
        <translation>Синхронизация остановлена: вызовите техника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="38" />
        <source>Sync not configured</source>
        <translation>Синхронизация не настроена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="40" />
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="42" />
        <source>Online, but the backend refuses deliveries</source>
        <translation>На связи, но сервер отклоняет отправку</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="44" />
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="46" />
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="48" />
        <source>syncing</source>
        <translation>синхронизация</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="50" />
        <source>%n waiting</source>
        <translation><numerusform>%n ждёт отправки</numerusform><numerusform>%n ждут отправки</numerusform><numerusform>%n ждут отправки</numerusform></translation></message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="53" />
        <source>Last success: %1</source>
        <translation>Последний успех: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_bridge/indicator.py" line="55" />
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices/__init__.py" line="14" />
        <source>Offices and opening hours</source>
        <translation>Офисы МФЦ и часы работы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility/__init__.py" line="15" />
        <source>Large text, contrast and read aloud</source>
        <translation>Крупный текст, контрастность и чтение вслух</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="183" />
        <source>Public services: find, learn what to bring, apply</source>
        <translation>Госуслуги: найти, узнать, что взять, подать заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="197" />
        <source>Take a queue ticket</source>
        <translation>Взять талон в очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="202" />
        <source>Check status by receipt</source>
        <translation>Проверить статус по расписке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/__init__.py" line="135" />
        <source>Meter readings: electricity, water, heating, gas</source>
        <extracomment>One flat's accounts in the demo region (8 Karla Marksa St, flat 5): the same number on every sample.</extracomment>
        <translation>Показания счётчиков: свет, вода, тепло, газ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/__init__.py" line="129" />
        <source>Doctor appointment</source>
        <translation>Запись к врачу</translation>
    </message>
</context>
</TS>