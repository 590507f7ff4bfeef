<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="80" />
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="89" />
        <source>These settings apply until you finish. They are reset for the next visitor.</source>
        <translation>Эти настройки действуют, пока вы работаете с терминалом. Для следующего посетителя они сбрасываются.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="91" />
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="93" />
        <source>Text size %1 percent</source>
        <translation>Размер текста %1 процентов</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="94" />
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="95" />
        <location filename="../../kiosk/ui/screens/accessibility.py" line="100" />
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="96" />
        <source>High contrast off</source>
        <translation>Высокая контрастность выключена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="97" />
        <location filename="../../kiosk/ui/screens/accessibility.py" line="102" />
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="98" />
        <source>High contrast on</source>
        <translation>Высокая контрастность включена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="99" />
        <source>Read aloud</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="101" />
        <source>Read aloud off</source>
        <translation>Чтение вслух выключено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="103" />
        <source>Read aloud on</source>
        <translation>Чтение вслух включено</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="44" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="44" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="47" />
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="103" />
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="192" />
        <source>Fill in the fields. Fields marked * are required. You will check everything before sending.</source>
        <translation>Заполните поля. Поля со звёздочкой * обязательны. Перед отправкой вы всё проверите.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="194" />
        <source>Choose a service in the catalogue first, then touch “Apply”.</source>
        <translation>Сначала выберите услугу в каталоге, затем нажмите «Подать заявление».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="196" />
        <source>Please correct the fields marked below (%1).</source>
        <translation>Исправьте отмеченные ниже поля (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="197" />
        <source>Next: check the application</source>
        <translation>Далее: проверить заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="198" />
        <source>Next: check the application before sending</source>
        <translation>Далее: проверить заявление перед отправкой</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="200" />
        <location filename="../../kiosk/ui/screens/services/application.py" line="201" />
        <source>Open the catalogue</source>
        <translation>Открыть каталог услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="248" />
        <source>Check your application</source>
        <translation>Проверьте заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="318" />
        <source>Check what you entered. Personal numbers are partly hidden for your privacy. To change something, touch “Change”.</source>
        <translation>Проверьте введённые данные. Личные номера частично скрыты для вашей безопасности. Чтобы что-то исправить, нажмите «Изменить».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="320" />
        <source>There is no application to check. Choose a service in the catalogue first.</source>
        <translation>Заявления для проверки нет. Сначала выберите услугу в каталоге.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="327" />
        <source>Saving your application…</source>
        <translation>Сохраняем заявление…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="328" />
        <source>The application could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</source>
        <translation>Не удалось сохранить заявление на терминале. Ничего не отправлено. Попробуйте ещё раз или обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="332" />
        <location filename="../../kiosk/ui/screens/services/application.py" line="333" />
        <source>Send the application</source>
        <translation>Отправить заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="336" />
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/application.py" line="337" />
        <source>Change the answers</source>
        <translation>Изменить ответы</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="80" />
        <source>Public services</source>
        <translation>Государственные услуги</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="216" />
        <source>Type what you need, for example “passport”, “pension” or “birth certificate”, or choose a category or a life situation below.</source>
        <translation>Введите, что вам нужно, например «паспорт», «пенсия» или «свидетельство о рождении», или выберите раздел или жизненную ситуацию ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="218" />
        <source>Search services</source>
        <translation>Поиск услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="219" />
        <source>Search services: type a word, results appear as you type</source>
        <translation>Поиск услуг: введите слово, результаты появляются по мере ввода</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="220" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="221" />
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="227" />
        <source>Searching…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="228" />
        <source>Found: %1. The best matches come first; touch a service to see what to bring.</source>
        <translation>Найдено: %1. Лучшие совпадения — первыми; нажмите на услугу, чтобы узнать, какие документы нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="229" />
        <source>Nothing found for “%1”. Try fewer words or a different spelling, or choose a category or a life situation below.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте меньше слов или другое написание либо выберите раздел или жизненную ситуацию ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="231" />
        <source>Services: %1. Touch a service to see what to bring.</source>
        <translation>Услуг: %1. Нажмите на услугу, чтобы узнать, какие документы нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="232" />
        <source>The catalogue cannot be shown right now. Please ask a member of staff.</source>
        <translation>Сейчас каталог показать нельзя. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="238" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="250" />
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="251" />
        <source>Life situations</source>
        <translation>Жизненные ситуации</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/catalogue.py" line="256" />
        <source>The list of services is not available yet. Please ask a member of staff.</source>
        <translation>Список услуг пока недоступен. Обратитесь к сотруднику МФЦ.</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="55" />
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="243" />
        <source>My appointments</source>
        <translation>Мои записи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="113" />
        <source>Receipt No.</source>
        <translation>Расписка №</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="123" />
        <source>Cancel this appointment? The time becomes free for other patients.</source>
        <translation>Отменить эту запись? Время станет свободным для других пациентов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="130" />
        <source>Print the receipt again</source>
        <translation>Напечатать расписку ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="138" />
        <source>Yes, cancel this appointment</source>
        <translation>Да, отменить эту запись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="143" />
        <source>No, keep it</source>
        <translation>Нет, оставить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="151" />
        <source>Cancel the appointment</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="160" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="176" />
        <source>Medical insurance policy number (ENP)</source>
        <translation>Номер полиса ОМС (ЕНП)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="160" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="176" />
        <source>16 digits, as on the policy</source>
        <translation>16 цифр, как в полисе</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="161" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="177" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="161" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="177" />
        <source>Day.month.year, for example 14.03.1975</source>
        <translation>День.месяц.год, например 14.03.1975</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="163" />
        <source>Show my appointments</source>
        <translation>Показать мои записи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/mine.py" line="166" />
        <source>No upcoming appointments booked at this kiosk were found for this policy and date of birth.</source>
        <translation>Предстоящих записей, сделанных на этом терминале, для этого полиса и даты рождения не найдено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="31" />
        <source>Appointment booked</source>
        <translation>Вы записаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="31" />
        <source>Appointment requested</source>
        <translation>Заявка на запись принята</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="32" />
        <source>Appointment cancelled</source>
        <translation>Запись отменена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="32" />
        <source>Appointment refused</source>
        <translation>В записи отказано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="33" />
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="34" />
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="36" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="38" />
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="39" />
        <source>Policy (ENP)</source>
        <translation>Полис (ЕНП)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="40" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="41" />
        <source>Bring your policy and passport. To cancel, use “My appointments” at any kiosk.</source>
        <translation>Возьмите с собой полис и паспорт. Отменить запись можно в разделе «Мои записи» на любом терминале.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="107" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="183" />
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="184" />
        <source>Confirm the appointment</source>
        <translation>Подтвердите запись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="172" />
        <source>Specialty: %1</source>
        <translation>Специальность: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="173" />
        <source>Doctor: %1</source>
        <translation>Врач: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="174" />
        <source>When: %1 (local time)</source>
        <translation>Когда: %1 (местное время)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="178" />
        <source>Mobile phone for a reminder (optional)</source>
        <translation>Мобильный телефон для напоминания (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="178" />
        <source>For example +7 927 123-45-67</source>
        <translation>Например, +7 927 123-45-67</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/patient.py" line="181" />
        <source>Booking…</source>
        <translation>Записываем…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="89" />
        <source>Doctor appointment</source>
        <translation>Запись к врачу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="222" />
        <source>This doctor has no schedule for booking at the moment. Choose another doctor.</source>
        <translation>У этого врача сейчас нет расписания для записи. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="198" />
        <source>Book an appointment with a doctor at a polyclinic. You need your medical insurance policy (ENP). Times are shown in the polyclinic's local time.</source>
        <translation>Запишитесь на приём к врачу в поликлинику. Понадобится полис ОМС (ЕНП). Время указано местное, по часовому поясу поликлиники.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="211" />
        <source>Choose the polyclinic</source>
        <translation>Выберите поликлинику</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="211" />
        <source>Choose the specialty</source>
        <translation>Выберите специальность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="212" />
        <source>Choose the doctor</source>
        <translation>Выберите врача</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="212" />
        <source>Choose the day</source>
        <translation>Выберите день</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="213" />
        <source>Choose a free time</source>
        <translation>Выберите свободное время</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="217" />
        <source>There are no free times to book with this doctor in the next 14 days. Choose another doctor.</source>
        <translation>У этого врача нет свободного времени в ближайшие 14 дней. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="220" />
        <source>Nothing to choose from yet: the list of polyclinics has not been loaded.</source>
        <translation>Пока выбрать не из чего: список поликлиник ещё не загружен.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="233" />
        <source>room %1</source>
        <translation>кабинет %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="235" />
        <source>no schedule</source>
        <translation>нет расписания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="241" />
        <source>Back one step</source>
        <translation>На шаг назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="241" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/pick.py" line="244" />
        <source>My appointments: view or cancel</source>
        <translation>Мои записи: посмотреть или отменить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="21" />
        <source>Enter the 16-digit number of your medical insurance policy (ENP).</source>
        <translation>Введите 16-значный номер полиса ОМС (ЕНП).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="22" />
        <source>The policy number has digits only: 16 digits.</source>
        <translation>Номер полиса состоит только из цифр: 16 цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="23" />
        <source>The policy number has 16 digits. Check the number on your policy.</source>
        <translation>В номере полиса 16 цифр. Сверьте номер с полисом.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="24" />
        <source>This policy number is not valid: a digit is probably mistyped. Check it against your policy.</source>
        <translation>Такого номера полиса не бывает: вероятно, одна цифра введена неверно. Сверьте номер с полисом.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="25" />
        <source>Enter your date of birth, for example 14.03.1975.</source>
        <translation>Введите дату рождения, например 14.03.1975.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="26" />
        <source>Enter the date of birth as day.month.year, for example 14.03.1975.</source>
        <translation>Введите дату рождения в виде день.месяц.год, например 14.03.1975.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="27" />
        <source>The date of birth cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="28" />
        <source>Check the year of birth.</source>
        <translation>Проверьте год рождения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="29" />
        <source>Enter a mobile number such as +7 927 123-45-67, or leave the field empty.</source>
        <translation>Введите мобильный номер, например +7 927 123-45-67, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="30" />
        <source>This time has already passed. Choose another time.</source>
        <translation>Это время уже прошло. Выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="31" />
        <source>This time has just been taken. Choose another time.</source>
        <translation>Это время только что заняли. Выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="32" />
        <source>This time is no longer in the schedule. Choose another time.</source>
        <translation>Этого времени больше нет в расписании. Выберите другое время.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="33" />
        <source>This doctor has no schedule for booking. Choose another doctor.</source>
        <translation>У этого врача нет расписания для записи. Выберите другого врача.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="34" />
        <source>This appointment is no longer active.</source>
        <translation>Эта запись уже не действует.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="35" />
        <source>This appointment was not found.</source>
        <translation>Эта запись не найдена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="36" />
        <source>Something went wrong. Please try again or ask the staff in the hall.</source>
        <translation>Что-то пошло не так. Попробуйте ещё раз или обратитесь к сотруднику в зале.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="42" />
        <source>Booked. The appointment is confirmed.</source>
        <translation>Вы записаны. Запись подтверждена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="44" />
        <source>Requested, waiting for confirmation. This is a request, not yet an appointment: the polyclinic confirms it when the kiosk is back online. Check the status later by your receipt.</source>
        <translation>Заявка ждёт подтверждения. Это пока заявка, а не запись: поликлиника подтвердит её, когда терминал снова будет на связи. Проверьте состояние позже по номеру расписки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="47" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="48" />
        <source>Refused: this time was taken before your request arrived. Nearest free times: %1.</source>
        <translation>Отказано: это время заняли раньше, чем пришла ваша заявка. Ближайшее свободное время: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/texts.py" line="65" />
        <source>none at the moment</source>
        <translation>сейчас нет</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="38" />
        <location filename="../../kiosk/ui/console/pinpad.py" line="205" />
        <source>Wrong PIN. Attempts left before the pad locks: %1.</source>
        <translation>Неверный ПИН-код. Попыток до блокировки: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="120" />
        <location filename="../../kiosk/ui/console/settings.py" line="184" />
        <source>Nothing was saved: correct the fields marked ⚠.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные ⚠.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/__init__.py" line="184" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="119" />
        <source>Backup written: %1 (%2 KB, %3 outbox items).</source>
        <translation>Резервная копия записана: %1 (%2 КБ, обращений в очереди отправки: %3).</translation>
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
        <location filename="../../kiosk/ui/console/audit.py" line="51" />
        <location filename="../../kiosk/ui/console/menu.py" line="111" />
        <location filename="../../kiosk/ui/console/menu.py" line="112" />
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="69" />
        <source>Enter the file to write the audit log to.</source>
        <translation>Укажите файл для выгрузки журнала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="74" />
        <source>Audit log written: %1</source>
        <translation>Журнал выгружен: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="78" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="134" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="136" />
        <source>It did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="81" />
        <source>Export to file (CSV)</source>
        <translation>Выгрузить в файл (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="82" />
        <source>Export the audit log</source>
        <translation>Выгрузить журнал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="83" />
        <source>Export the audit log to this file</source>
        <translation>Выгрузить журнал действий в этот файл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="84" />
        <location filename="../../kiosk/ui/console/queue.py" line="216" />
        <location filename="../../kiosk/ui/console/sync.py" line="97" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="85" />
        <source>Refresh the audit log</source>
        <translation>Обновить журнал действий</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="86" />
        <source>Latest %1 entries (UTC)</source>
        <translation>Последние %1 записей (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/audit.py" line="90" />
        <source>The audit log is empty.</source>
        <translation>Журнал пуст.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/base.py" line="210" />
        <source>That did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/controller.py" line="237" />
        <source>Assisted by staff</source>
        <extracomment>Which role each console screen needs (the PIN pad needs none).</extracomment>
        <translation>С помощью сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="38" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="39" />
        <source>Reprinted by staff.</source>
        <translation>Повторная печать сотрудником.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="93" />
        <location filename="../../kiosk/ui/console/menu.py" line="93" />
        <source>Find a submission</source>
        <translation>Найти обращение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="112" />
        <source>This is not a receipt number. It looks like K7QW-3M2A-9X4P.</source>
        <translation>Это не номер квитанции. Он выглядит так: K7QW-3M2A-9X4P.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="114" />
        <source>The look-up failed. Try again.</source>
        <translation>Поиск не удался. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="144" />
        <source>No submission with this number was made at this kiosk.</source>
        <translation>На этом киоске нет обращения с таким номером.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="184" />
        <source>The receipt has been printed again.</source>
        <translation>Квитанция напечатана повторно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="185" />
        <source>The printer is not working. Write the receipt number down for the visitor.</source>
        <translation>Принтер не работает. Запишите номер квитанции для посетителя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="190" />
        <source>Receipt number, or scan the QR code</source>
        <translation>Номер квитанции или отсканируйте QR-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="190" />
        <source>For example K7QW-3M2A-9X4P</source>
        <translation>Например, K7QW-3M2A-9X4P</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="191" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="192" />
        <source>Find the submission</source>
        <translation>Найти обращение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="207" />
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="212" />
        <source>Each reading:</source>
        <translation>По каждому показанию:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="215" />
        <source>Delivery attempts: %1</source>
        <translation>Попыток отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="217" />
        <source>Last delivery problem: %1</source>
        <translation>Последняя ошибка отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="219" />
        <source>Made with staff help (%1)</source>
        <translation>Оформлено с помощью сотрудника (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="221" />
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="224" />
        <source>Personal data has already been removed from this kiosk after delivery.</source>
        <translation>Персональные данные уже удалены с киоска после доставки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="226" />
        <source>This submission holds no personal data.</source>
        <translation>В этом обращении нет персональных данных.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="232" />
        <source>Hide personal data</source>
        <translation>Скрыть персональные данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="232" />
        <source>Show personal data</source>
        <translation>Показать персональные данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="234" />
        <location filename="../../kiosk/ui/console/find.py" line="235" />
        <source>Print the receipt again</source>
        <translation>Напечатать квитанцию ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="239" />
        <source>Doctor appointment: the kiosk's record, updated at every sync with the polyclinic.</source>
        <translation>Запись к врачу: данные киоска, обновляются при каждой синхронизации с поликлиникой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="241" />
        <source>Asking the regional office…</source>
        <translation>Запрашиваем региональную систему…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="244" />
        <source>The regional office was not asked (this kiosk is not connected to it).</source>
        <translation>Региональная система не запрашивалась (киоск к ней не подключён).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="246" />
        <source>The regional office could not be reached now.</source>
        <translation>Региональная система сейчас недоступна.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="248" />
        <source>The regional office has not received it yet.</source>
        <translation>Региональная система его ещё не получила.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/find.py" line="250" />
        <source>Regional office: %1, status %2</source>
        <translation>Региональная система: %1, статус %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="89" />
        <location filename="../../kiosk/ui/console/menu.py" line="109" />
        <source>Database and diagnostics</source>
        <translation>База данных и диагностика</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="107" />
        <source>Integrity check: the database is healthy.</source>
        <translation>Проверка целостности: база данных в порядке.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="108" />
        <source>Integrity check found problems: %1</source>
        <translation>Проверка целостности нашла ошибки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="113" />
        <source>Enter the file to write the backup to.</source>
        <translation>Укажите файл для резервной копии.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="128" />
        <source>This file exists already. Choose a new file name.</source>
        <translation>Такой файл уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="130" />
        <source>There is no such backup file.</source>
        <translation>Такого файла резервной копии нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="132" />
        <source>This file is not a usable kiosk backup.</source>
        <translation>Этот файл не является пригодной резервной копией киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="141" />
        <source>Enter the backup file to restore.</source>
        <translation>Укажите файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="166" />
        <source>Restored from %1 (%2 outbox items).</source>
        <translation>Восстановлено из %1 (обращений в очереди отправки: %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="178" />
        <source>Enter the file to write the diagnostics to.</source>
        <translation>Укажите файл для диагностики.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="183" />
        <source>Diagnostics written: %1. It holds no personal data and no token.</source>
        <translation>Диагностика записана: %1. В ней нет персональных данных и токена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="188" />
        <source>Local database</source>
        <translation>Локальная база данных</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="189" />
        <source>Check integrity</source>
        <translation>Проверить целостность</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="190" />
        <source>Check the database integrity</source>
        <translation>Проверить целостность базы данных</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="191" />
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="191" />
        <source>A consistent copy is made while the kiosk runs.</source>
        <translation>Согласованная копия делается без остановки киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="192" />
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="193" />
        <source>Back up the database to this file</source>
        <translation>Создать резервную копию базы в этом файле</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="194" />
        <source>Restore from backup file</source>
        <translation>Восстановить из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="194" />
        <source>You will be asked to confirm.</source>
        <translation>Потребуется подтверждение.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="195" />
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="196" />
        <source>Restore the database from this backup</source>
        <translation>Восстановить базу из этой резервной копии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="197" />
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="198" />
        <source>Diagnostics file (zip)</source>
        <translation>Файл диагностики (zip)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="198" />
        <source>Logs, settings without the token, counts and versions; no personal data.</source>
        <translation>Журналы, настройки без токена, счётчики и версии; без персональных данных.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="200" />
        <source>Export diagnostics</source>
        <translation>Выгрузить диагностику</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="201" />
        <source>Export diagnostics to this file</source>
        <translation>Выгрузить диагностику в этот файл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="202" />
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="203" />
        <source>Leave kiosk mode…</source>
        <translation>Выйти из режима киоска…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="204" />
        <source>Leave kiosk mode to the desktop</source>
        <translation>Выйти из режима киоска на рабочий стол</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="205" />
        <source>Restart the app…</source>
        <translation>Перезапустить приложение…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="206" />
        <source>Restart the kiosk app</source>
        <translation>Перезапустить приложение киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="208" />
        <source>Replace ALL data on this kiosk with the backup %1 (%2 outbox items)? Items not in the backup are lost.</source>
        <translation>Заменить ВСЕ данные киоска резервной копией %1 (обращений в очереди отправки: %2)? Данные, которых нет в копии, будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="210" />
        <source>Leave kiosk mode? The kiosk app closes and the desktop is shown.</source>
        <translation>Выйти из режима киоска? Приложение закроется, откроется рабочий стол.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="211" />
        <source>Restart the kiosk app now?</source>
        <translation>Перезапустить приложение киоска сейчас?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="215" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="216" />
        <source>Yes, do it</source>
        <translation>Да, выполнить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/maintenance.py" line="217" />
        <location filename="../../kiosk/ui/console/maintenance.py" line="218" />
        <location filename="../../kiosk/ui/console/queue.py" line="184" />
        <location filename="../../kiosk/ui/console/queue.py" line="185" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="58" />
        <source>Staff console</source>
        <translation>Консоль сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="89" />
        <source>Signed in as technician</source>
        <translation>Вход выполнен: техник</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="89" />
        <source>Signed in as clerk</source>
        <translation>Вход выполнен: сотрудник зала</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="90" />
        <source>Hall and visitors</source>
        <translation>Зал и посетители</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="91" />
        <location filename="../../kiosk/ui/console/queue.py" line="57" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="92" />
        <source>Queue: call, recall, served, no-show, redirect</source>
        <translation>Очередь: вызов, повторный вызов, обслужен, не явился, перенаправление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="94" />
        <source>Find a submission by receipt number or QR code</source>
        <translation>Найти обращение по номеру квитанции или QR-коду</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="95" />
        <source>Help a visitor</source>
        <translation>Помочь посетителю</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="96" />
        <source>Start a service for the visitor. What you submit is marked as done with staff help. The console closes.</source>
        <translation>Начните услугу за посетителя. Отправленное будет отмечено как оформленное с помощью сотрудника. Консоль закроется.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="100" />
        <source>For the visitor: %1</source>
        <translation>За посетителя: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="104" />
        <source>Technician</source>
        <translation>Техник</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="105" />
        <location filename="../../kiosk/ui/console/settings.py" line="146" />
        <source>Enrolment and settings</source>
        <translation>Подключение и настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="106" />
        <source>Enrolment, settings and connection test</source>
        <translation>Подключение, настройки и проверка связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="107" />
        <location filename="../../kiosk/ui/console/sync.py" line="48" />
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="108" />
        <source>Sync dashboard</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="110" />
        <source>Database, diagnostics, leave kiosk mode, restart</source>
        <translation>База данных, диагностика, выход из режима киоска, перезапуск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="113" />
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/menu.py" line="114" />
        <source>Log out and return to the citizen start screen</source>
        <translation>Выйти и вернуться на начальный экран для граждан</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="21" />
        <source>A PIN has 4 to 12 digits.</source>
        <translation>ПИН-код состоит из 4–12 цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="23" />
        <source>This PIN is too easy to guess. Choose another one.</source>
        <translation>Этот ПИН-код слишком легко угадать. Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="25" />
        <source>The clerk and technician PINs must differ.</source>
        <translation>ПИН-код сотрудника и ПИН-код техника должны различаться.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="26" />
        <source>This PIN cannot be used.</source>
        <translation>Этот ПИН-код нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="88" />
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="164" />
        <source>The two PINs differ. Enter the new PIN again.</source>
        <translation>ПИН-коды не совпали. Введите новый ПИН-код ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="188" />
        <source>The PIN could not be saved.</source>
        <translation>Не удалось сохранить ПИН-код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="211" />
        <location filename="../../kiosk/ui/console/pinpad.py" line="212" />
        <source>Enter your PIN</source>
        <translation>Введите ПИН-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="213" />
        <source>Checking the PIN…</source>
        <translation>Проверяем ПИН-код…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="214" />
        <source>First start: choose the technician PIN (4 to 12 digits)</source>
        <translation>Первый запуск: задайте ПИН-код техника (4–12 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="215" />
        <source>Enter the same technician PIN again</source>
        <translation>Введите тот же ПИН-код техника ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="216" />
        <source>The PIN pad is locked</source>
        <translation>Ввод ПИН-кода заблокирован</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="222" />
        <source>Locked for %1 min %2 s</source>
        <translation>Заблокировано на %1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="223" />
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Слишком много неверных ПИН-кодов. Повторите через %1 мин %2 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="227" />
        <source>Digits entered: %1</source>
        <translation>Введено цифр: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="233" />
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="234" />
        <source>Erase the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="235" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/pinpad.py" line="236" />
        <source>Sign in with this PIN</source>
        <translation>Войти с этим ПИН-кодом</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="76" />
        <location filename="../../kiosk/ui/console/queue.py" line="128" />
        <source>Enter your counter number (1 to 8 letters or digits).</source>
        <translation>Введите номер вашего окна (1–8 букв или цифр).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="92" />
        <source>Nobody is waiting in this category.</source>
        <translation>В этой категории никто не ждёт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="94" />
        <source>Ticket %1 called to counter %2.</source>
        <translation>Талон %1 вызван к окну %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="102" />
        <source>Ticket %1 called again.</source>
        <translation>Талон %1 вызван повторно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="102" />
        <source>Ticket %1 marked as served.</source>
        <translation>Талон %1 отмечен как обслуженный.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="103" />
        <source>Ticket %1 marked as not come.</source>
        <translation>Талон %1 отмечен: посетитель не подошёл.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="103" />
        <source>Ticket %1 sent to another queue.</source>
        <translation>Талон %1 перенаправлен в другую очередь.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="125" />
        <source>This ticket has not been called.</source>
        <translation>Этот талон ещё не вызван.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="126" />
        <source>This ticket is finished already.</source>
        <translation>Этот талон уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="127" />
        <source>The ticket is in this queue already.</source>
        <translation>Талон уже в этой очереди.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="129" />
        <source>This cannot be done with this ticket.</source>
        <translation>С этим талоном так сделать нельзя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="131" />
        <source>The queue could not be changed. Try again.</source>
        <translation>Не удалось изменить очередь. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="157" />
        <source>%1 at counter %2, called at %3 — %4</source>
        <translation>%1 у окна %2, вызван в %3 — %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="162" />
        <source>Call again</source>
        <translation>Вызвать ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="162" />
        <source>Served</source>
        <translation>Обслужен</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="163" />
        <source>Did not come</source>
        <translation>Не подошёл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="168" />
        <source>Another queue…</source>
        <translation>В другую очередь…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="169" />
        <source>Send %1 to another queue</source>
        <translation>Перенаправить %1 в другую очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="172" />
        <source>Send the visitor to which queue?</source>
        <translation>В какую очередь направить посетителя?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="182" />
        <source>Send %1 to: %2</source>
        <translation>Направить %1 в: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="190" />
        <source>This kiosk has no office data yet.</source>
        <translation>На киоске ещё нет данных об офисе.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="197" />
        <source>Waiting: %1. Longest wait: %2 min. Next: %3.</source>
        <translation>Ожидают: %1. Дольше всех: %2 мин. Следующий: %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="200" />
        <source>Nobody is waiting.</source>
        <translation>Никто не ждёт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="206" />
        <source>Call next</source>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="207" />
        <source>Call the next visitor: %1</source>
        <translation>Вызвать следующего посетителя: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="213" />
        <source>Your counter number</source>
        <translation>Номер вашего окна</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="213" />
        <source>Visitors are called to this counter.</source>
        <translation>Посетители вызываются к этому окну.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="214" />
        <source>Called now</source>
        <translation>Вызваны сейчас</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="215" />
        <source>Waiting by category</source>
        <translation>Ожидают по категориям</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="217" />
        <source>Refresh the queue</source>
        <translation>Обновить очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="27" />
        <source>Regional backend address</source>
        <extracomment>Fields chosen from a list rather than typed: the office from the store's offices, the language.</extracomment>
        <translation>Адрес региональной системы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="27" />
        <source>https://… (plain http only for localhost)</source>
        <translation>https://… (http без шифрования — только для localhost)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="28" />
        <source>Kiosk ID</source>
        <translation>Идентификатор киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="28" />
        <source>Given by the regional backend, e.g. uly-kiosk-07</source>
        <translation>Выдаётся региональной системой, например uly-kiosk-07</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="29" />
        <location filename="../../kiosk/ui/console/settings.py" line="69" />
        <source>Kiosk token</source>
        <translation>Токен киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="30" />
        <source>CA bundle file (optional)</source>
        <translation>Файл корневых сертификатов (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="30" />
        <source>A PEM file with the certificates to trust</source>
        <translation>PEM-файл с доверенными сертификатами</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="31" />
        <source>Proxy (optional)</source>
        <translation>Прокси (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="31" />
        <source>e.g. http://proxy:3128</source>
        <translation>например, http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="32" />
        <source>Sync interval, seconds</source>
        <translation>Интервал синхронизации, секунд</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="33" />
        <source>Items per delivery batch</source>
        <translation>Обращений в одной отправке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="35" />
        <source>Citizen idle timeout, seconds</source>
        <translation>Тайм-аут бездействия гражданина, секунд</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="36" />
        <source>Console idle timeout, seconds</source>
        <translation>Тайм-аут бездействия консоли, секунд</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="34" />
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="34" />
        <source>The office this kiosk stands in</source>
        <translation>Офис, в котором стоит киоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="37" />
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="37" />
        <source>The language a citizen sees first</source>
        <translation>Язык, который посетитель видит первым</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="38" />
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="38" />
        <source>Empty: the system printer; pdf:FOLDER saves PDF files</source>
        <translation>Пусто — системный принтер; pdf:ПАПКА — сохранять PDF-файлы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="39" />
        <source>Read-aloud voice</source>
        <translation>Голос озвучивания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="39" />
        <source>Empty: the default voice</source>
        <translation>Пусто — голос по умолчанию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="45" />
        <source>Use https. Plain http is allowed only for localhost.</source>
        <translation>Используйте https. Http без шифрования допустим только для localhost.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="46" />
        <source>Enter an address like https://backend.region.ru</source>
        <translation>Введите адрес вида https://backend.region.ru</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="47" />
        <source>The address must not contain ? or #.</source>
        <translation>Адрес не должен содержать ? или #.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="48" />
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>Порт в адресе должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="49" />
        <source>A kiosk ID has 1 to 64 characters and no spaces.</source>
        <translation>Идентификатор киоска — от 1 до 64 символов без пробелов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="50" />
        <source>This is needed to connect to the regional backend.</source>
        <translation>Это нужно для подключения к региональной системе.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="51" />
        <source>A token is one line of at least 8 characters without spaces.</source>
        <translation>Токен — одна строка не короче 8 символов без пробелов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="52" />
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="53" />
        <source>This file holds no certificate (no BEGIN CERTIFICATE line).</source>
        <translation>В файле нет сертификата (нет строки BEGIN CERTIFICATE).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="54" />
        <source>Enter a proxy like http://proxy:3128</source>
        <translation>Введите прокси вида http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="55" />
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Введите целое число от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="56" />
        <source>There is no office with this ID.</source>
        <translation>Офиса с таким идентификатором нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="57" />
        <source>Enter ru or en.</source>
        <translation>Введите ru или en.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="58" />
        <source>Too long or has characters that cannot be printed.</source>
        <translation>Слишком длинно или есть непечатаемые символы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="59" />
        <source>There is no such folder.</source>
        <translation>Такой папки нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="61" />
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="68" />
        <source>Name resolution</source>
        <translation>Поиск имени (DNS)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="68" />
        <source>Connection (TCP)</source>
        <translation>Соединение (TCP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="69" />
        <source>Secure connection (TLS) and certificate</source>
        <translation>Защищённое соединение (TLS) и сертификат</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="70" />
        <source>API version</source>
        <translation>Версия API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="76" />
        <source>%1 found: %2</source>
        <translation>%1 найден: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="77" />
        <source>The backend address is not valid.</source>
        <translation>Адрес региональной системы указан неверно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="78" />
        <source>The name %1 is not known. Check the address and the DNS settings.</source>
        <translation>Имя %1 не найдено. Проверьте адрес и настройки DNS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="79" />
        <source>%1 port %2 answers (%3 ms).</source>
        <translation>%1, порт %2 отвечает (%3 мс).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="80" />
        <source>%1 port %2 did not answer in time. A firewall or the network may block it.</source>
        <translation>%1, порт %2 не ответил вовремя. Возможно, мешает межсетевой экран или сеть.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="82" />
        <source>%1 refused the connection on port %2: the backend is not running there.</source>
        <translation>%1 отказал в соединении на порту %2: региональная система там не запущена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="84" />
        <source>%1 port %2 cannot be reached: %3</source>
        <translation>%1, порт %2 недоступен: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="85" />
        <source>Not used: plain http to this computer.</source>
        <translation>Не используется: http без шифрования к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="86" />
        <source>Checked through the proxy in the next step.</source>
        <translation>Проверяется через прокси на следующем шаге.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="87" />
        <source>Certificate of %1 is valid until %2 (issued by %3).</source>
        <translation>Сертификат %1 действителен до %2 (выдан: %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="89" />
        <source>The certificate is not trusted: %1. Check the CA bundle setting.</source>
        <translation>Сертификату нет доверия: %1. Проверьте файл корневых сертификатов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="90" />
        <source>The secure connection failed: %1</source>
        <translation>Защищённое соединение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="91" />
        <source>The CA bundle cannot be used: %1</source>
        <translation>Файл корневых сертификатов нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="92" />
        <source>No token is saved. Enter the kiosk token and save.</source>
        <translation>Токен не сохранён. Введите токен киоска и сохраните.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="93" />
        <source>The backend accepted the kiosk token.</source>
        <translation>Региональная система приняла токен киоска.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="94" />
        <source>The backend does not know this token. Enter the token again.</source>
        <translation>Региональная система не знает этот токен. Введите токен заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="95" />
        <source>This kiosk's token has been revoked at the backend.</source>
        <translation>Токен этого киоска отозван в региональной системе.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="96" />
        <source>No usable answer: %1</source>
        <translation>Нет пригодного ответа: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="97" />
        <source>API version %1 — supported.</source>
        <translation>Версия API %1 поддерживается.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="98" />
        <source>API version %1 is not supported (this kiosk speaks %2).</source>
        <translation>Версия API %1 не поддерживается (киоск поддерживает %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="100" />
        <source>The health check did not answer properly: %1</source>
        <translation>Проверка доступности ответила неправильно: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="101" />
        <source>Not checked: an earlier step failed.</source>
        <translation>Не проверялось: предыдущий шаг не пройден.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="191" />
        <source>Saved. Settings changed: %1.</source>
        <translation>Сохранено. Изменено настроек: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="191" />
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="209" />
        <source>Testing the connection…</source>
        <translation>Проверка связи…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="223" />
        <source>The typed values cannot be tested: correct the fields marked ⚠.</source>
        <translation>Введённые значения нельзя проверить: исправьте поля, отмеченные ⚠.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="228" />
        <source>Enter the regional backend address first.</source>
        <translation>Сначала введите адрес регионального сервера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="232" />
        <source>Testing the values typed on the form (not saved yet)…</source>
        <translation>Проверка значений, введённых в форме (ещё не сохранены)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="290" />
        <source>Connection test of the values typed on the form (not saved)</source>
        <translation>Проверка связи со значениями из формы (не сохранены)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="292" />
        <source>Connection test of the saved settings</source>
        <translation>Проверка связи с сохранёнными настройками</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="233" />
        <source>Testing the connection with the saved settings…</source>
        <translation>Проверяем связь с сохранёнными настройками…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="239" />
        <source>The connection test could not start.</source>
        <translation>Проверку связи не удалось начать.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="247" />
        <source>The connection test failed unexpectedly.</source>
        <translation>Проверка связи неожиданно прервалась.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="254" />
        <source>The connection works.</source>
        <translation>Связь работает.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="255" />
        <source>The connection does not work: see the step marked ✗.</source>
        <translation>Связи нет: см. шаг, отмеченный ✗.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="257" />
        <source>These are the values typed on the form: save them to use them.</source>
        <translation>Проверены значения из формы: сохраните их, чтобы киоск начал ими пользоваться.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="263" />
        <source>Enter the values given by the regional backend's administrator. The token is kept in a protected file and is never shown again.</source>
        <translation>Введите значения, выданные администратором региональной системы. Токен хранится в защищённом файле и больше не показывается.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="267" />
        <source>The first office in the list (default)</source>
        <translation>Первый офис в списке (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="270" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="271" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="276" />
        <source>A token is saved. Leave empty to keep it; enter a new one only to replace it.</source>
        <translation>Токен сохранён. Оставьте поле пустым, чтобы его сохранить; вводите новый, только чтобы заменить.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="277" />
        <source>Enter the token once; it will not be shown again.</source>
        <translation>Введите токен один раз — он больше не будет показан.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="283" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="284" />
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="285" />
        <source>Test connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/settings.py" line="286" />
        <source>Test the connection step by step</source>
        <translation>Проверить связь по шагам</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="23" />
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="25" />
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="26" />
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="75" />
        <source>Sync started. The figures below update when it ends.</source>
        <translation>Синхронизация запущена. Данные ниже обновятся, когда она закончится.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="77" />
        <source>The sync service is not running on this kiosk (not enrolled, or starting).</source>
        <translation>Служба синхронизации на киоске не запущена (киоск не подключён или запускается).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="95" />
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="96" />
        <source>Sync now: deliver and pull at once</source>
        <translation>Синхронизировать сейчас: отправить и получить данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="98" />
        <source>Refresh the figures</source>
        <translation>Обновить данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="104" />
        <source>Backend: %1</source>
        <translation>Региональная система: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="104" />
        <source>not configured</source>
        <translation>не настроена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="105" />
        <source>Kiosk ID: %1</source>
        <translation>Идентификатор киоска: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="106" />
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="106" />
        <location filename="../../kiosk/ui/console/sync.py" line="119" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="108" />
        <source>Sync is PAUSED: the backend refused the token. Enter a new token in the settings.</source>
        <translation>Синхронизация ПРИОСТАНОВЛЕНА: система отклонила токен. Введите новый токен в настройках.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="109" />
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="114" />
        <source>Oldest undelivered: %1 %2, waiting %3, attempts %4</source>
        <translation>Самое старое неотправленное: %1 %2, ждёт %3, попыток %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="117" />
        <source>Everything is delivered.</source>
        <translation>Всё доставлено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="118" />
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="119" />
        <source>%1: last pull %2</source>
        <translation>%1: последнее получение %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="121" />
        <source>No reference data pulled yet.</source>
        <translation>Справочники ещё не получены.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="122" />
        <source>Reference data</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="125" />
        <source>%1 (at %2)</source>
        <translation>%1 (в %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="128" />
        <source>Last errors</source>
        <translation>Последние ошибки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="128" />
        <source>No errors.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="136" />
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="137" />
        <source>Rejected or in conflict</source>
        <translation>Отклонённые и конфликтующие</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/sync.py" line="137" />
        <source>None.</source>
        <translation>Нет.</translation>
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
        <location filename="../../kiosk/ui/screens/services/messages.py" line="60" />
        <source>Too long: at most %1 characters. Shorten the text.</source>
        <translation>Слишком длинно: не больше %1 знаков. Сократите текст.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="62" />
        <source>The smallest allowed value is %1.</source>
        <translation>Наименьшее допустимое значение — %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="64" />
        <source>The largest allowed value is %1.</source>
        <translation>Наибольшее допустимое значение — %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="65" />
        <source>Check this field.</source>
        <translation>Проверьте это поле.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="144" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="144" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="144" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="145" />
        <source>DD</source>
        <translation>ДД</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="145" />
        <source>MM</source>
        <translation>ММ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="145" />
        <source>YYYY</source>
        <translation>ГГГГ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="186" />
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="186" />
        <source>not selected</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="324" />
        <source>11 digits, as on the green card or in Gosuslugi</source>
        <translation>11 цифр, как на зелёной карточке или в Госуслугах</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="326" />
        <source>16 digits, as on the medical insurance policy</source>
        <translation>16 цифр, как в полисе ОМС</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="328" />
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/forms_widgets.py" line="344" />
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="96" />
        <source>Public services</source>
        <translation>Государственные услуги</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="99" />
        <source>Welcome! Touch a tile to begin.</source>
        <translation>Здравствуйте! Чтобы начать, коснитесь плитки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="102" />
        <source>The kiosk's local data were damaged and have been replaced with a fresh copy. The kiosk works normally. Staff have been informed through the kiosk's log.</source>
        <translation>Локальные данные терминала были повреждены и заменены новой копией. Терминал работает в обычном режиме. Сотрудники центра уведомлены через журнал терминала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="106" />
        <source>OK</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="107" />
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="126" />
        <source>Are you still there? To protect your privacy, everything you entered will be cleared and the kiosk will return to the start.</source>
        <translation>Вы ещё здесь? Чтобы защитить ваши данные, всё введённое будет удалено, и терминал вернётся на главный экран.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="129" />
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="130" />
        <source>Continue, I am still here</source>
        <translation>Продолжить, я ещё здесь</translation>
    </message>
<message numerus="yes"><source>%n second(s) left</source><translation><numerusform>Осталась %n секунда</numerusform><numerusform>Осталось %n секунды</numerusform><numerusform>Осталось %n секунд</numerusform></translation></message></context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="130" />
        <source>Meter readings</source>
        <translation>Показания счётчиков</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="191" />
        <source>Enter the house number, for example 12 or 44k2.</source>
        <translation>Введите номер дома, например 12 или 44к2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="192" />
        <source>Choose your provider: it is printed at the top of the bill.</source>
        <translation>Выберите поставщика: он указан в верхней части квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="257" />
        <source>Submit the readings of your electricity, water, heating and gas meters. Have your bill at hand: you need the personal account number printed on it.</source>
        <translation>Передайте показания счётчиков электроэнергии, воды, тепла и газа. Держите под рукой квитанцию: понадобится номер лицевого счёта, указанный в ней.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="259" />
        <source>Your provider</source>
        <translation>Ваш поставщик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="264" />
        <source>Personal account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="265" />
        <source>As on the bill, for example %1</source>
        <translation>Как в квитанции, например %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="266" />
        <source>As on the bill</source>
        <translation>Как в квитанции</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="267" />
        <source>House number</source>
        <translation>Номер дома</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="267" />
        <source>To confirm the account is yours, for example 12 or 44k2</source>
        <translation>Чтобы подтвердить, что это ваш лицевой счёт, например 12 или 44к2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="268" />
        <source>Flat number</source>
        <translation>Номер квартиры</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="268" />
        <source>Leave it empty for a private house</source>
        <translation>Для частного дома оставьте пустым</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="270" />
        <source>Looking for the account…</source>
        <translation>Ищем лицевой счёт…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="271" />
        <source>No account with this number and address was found. Check the account number on the bill and the house and flat numbers, then try again.</source>
        <translation>Лицевой счёт с таким номером и адресом не найден. Проверьте номер счёта по квитанции, номер дома и квартиры и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="273" />
        <source>Too many tries with a wrong account number or address have been made at this kiosk. For your safety, please try again in %1 min, or ask a member of staff for help.</source>
        <translation>На этом киоске было слишком много попыток с неверным номером счёта или адресом. Для вашей безопасности повторите через %1 мин или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="278" />
        <source>Next: my meters</source>
        <translation>Далее: мои счётчики</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/account.py" line="279" />
        <source>Next: find my account and meters</source>
        <translation>Далее: найти мой лицевой счёт и счётчики</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="123" />
        <source>Confirmed: the provider will review this unusually large consumption.</source>
        <extracomment>Offline the dial is unknown: accept what any meter can show; the backend checks the real format.</extracomment>
        <translation>Подтверждено: поставщик проверит этот необычно большой расход.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="128" />
        <source>The meter was replaced with a new one</source>
        <translation>Счётчик заменили на новый</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="130" />
        <source>The meter went past its largest value and started again from zero</source>
        <translation>Счётчик дошёл до максимума и начал отсчёт с нуля</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="132" />
        <source>Yes, the reading is correct</source>
        <translation>Да, показание верное</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="178" />
        <source>Last accepted reading%1: %2 on %3</source>
        <translation>Последнее принятое показание%1: %2 от %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="182" />
        <source>Verification due: %1</source>
        <translation>Срок поверки: до %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="183" />
        <source>Dial: %1 digits before the point, %2 after</source>
        <translation>Разрядность: %1 знаков до запятой, %2 после</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="270" />
        <source>Meter %1</source>
        <translation>Счётчик %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="271" />
        <source>Serial number of the meter (on its face)</source>
        <translation>Заводской номер счётчика (на его лицевой панели)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="272" />
        <source>Meter %1: serial number</source>
        <translation>Счётчик %1: заводской номер</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="278" />
        <source>One tariff</source>
        <translation>Однотарифный</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="278" />
        <source>Two zones: T1, T2</source>
        <translation>Две зоны: Т1, Т2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="278" />
        <source>Three zones: T1, T2, T3</source>
        <translation>Три зоны: Т1, Т2, Т3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="329" />
        <source>Enter the readings</source>
        <translation>Введите показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="419" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="156" />
        <source>%1, account %2</source>
        <translation>%1, лицевой счёт %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="424" />
        <source>No connection to the provider right now, so your meters cannot be shown. Enter each meter's serial number and its readings: they are saved on this kiosk and sent when the connection returns. The check against your previous readings happens on delivery; the result is shown by the receipt number at any kiosk.</source>
        <translation>Сейчас нет связи с поставщиком, поэтому ваши счётчики показать нельзя. Введите заводской номер каждого счётчика и его показания: они сохранятся на этом киоске и будут отправлены, когда связь появится. Сверка с прежними показаниями пройдёт при доставке; результат можно узнать по номеру расписки на любом киоске.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="429" />
        <source>No meters are registered on this account. Please contact the provider.</source>
        <translation>К этому лицевому счёту не подключено ни одного счётчика. Обратитесь к поставщику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="435" />
        <source>Please correct the readings marked below.</source>
        <translation>Исправьте отмеченные ниже показания.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="436" />
        <source>Enter at least one reading.</source>
        <translation>Введите хотя бы одно показание.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="439" />
        <source>Next: check the readings</source>
        <translation>Далее: проверить показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="440" />
        <source>Next: check the readings before sending</source>
        <translation>Далее: проверить показания перед отправкой</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="442" />
        <source>Add another meter</source>
        <translation>Добавить счётчик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="443" />
        <source>Add another meter by its serial number</source>
        <translation>Добавить ещё один счётчик по заводскому номеру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="445" />
        <source>Find my account</source>
        <translation>Найти мой лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/entry.py" line="446" />
        <source>Find my account: choose the provider and enter the account number</source>
        <translation>Найти мой лицевой счёт: выбрать поставщика и ввести номер счёта</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="33" />
        <source>(used %1 %2)</source>
        <translation>(расход %1 %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="34" />
        <source>new meter</source>
        <translation>новый счётчик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="34" />
        <source>went past zero</source>
        <translation>переход через ноль</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="35" />
        <source>large consumption confirmed</source>
        <translation>большой расход подтверждён</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="38" />
        <source>checked on delivery</source>
        <translation>проверка при доставке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="51" />
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="52" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="53" />
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="34" />
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="54" />
        <source>Counts for</source>
        <translation>Учитывается за</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="55" />
        <source>Keep this receipt. The provider's answer is shown by its number or QR code at any kiosk.</source>
        <translation>Сохраните расписку. Ответ поставщика можно узнать по её номеру или QR-коду на любом киоске.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="56" />
        <source>Saved on this kiosk and sent when the connection returns; the check against your previous readings happens then. See the result by the receipt number at any kiosk.</source>
        <translation>Сохранено на этом киоске и будет отправлено, когда появится связь; тогда же пройдёт сверка с прежними показаниями. Результат можно узнать по номеру расписки на любом киоске.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="58" />
        <source>Meter readings submitted</source>
        <translation>Показания счётчиков переданы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="100" />
        <source>Check your readings</source>
        <translation>Проверьте показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="152" />
        <source>Check the readings. To change something, touch “Change”.</source>
        <translation>Проверьте показания. Чтобы что-то изменить, нажмите «Изменить».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="153" />
        <source>There are no readings to check. Start with your provider and account number.</source>
        <translation>Нет показаний для проверки. Начните с выбора поставщика и номера лицевого счёта.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="161" />
        <source>Saving your readings…</source>
        <translation>Сохраняем ваши показания…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="162" />
        <source>The readings could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.</source>
        <translation>Не удалось сохранить показания на этом киоске. Ничего не отправлено. Попробуйте ещё раз или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="165" />
        <location filename="../../kiosk/ui/screens/meters/review.py" line="166" />
        <source>Send the readings</source>
        <translation>Отправить показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="169" />
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/review.py" line="170" />
        <source>Change the readings</source>
        <translation>Изменить показания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="24" />
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="24" />
        <source>Cold water</source>
        <translation>Холодная вода</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="24" />
        <source>Hot water</source>
        <translation>Горячая вода</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="25" />
        <source>Heating</source>
        <translation>Отопление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="25" />
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <source>Gcal</source>
        <translation>Гкал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="29" />
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="35" />
        <source>T1, day</source>
        <translation>Т1, день</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="35" />
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <source>T2, night</source>
        <translation>Т2, ночь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <source>T1, peak</source>
        <translation>Т1, пик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="36" />
        <source>T3, half-peak</source>
        <translation>Т3, полупик</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="45" />
        <source>%1 meter No. %2</source>
        <translation>Счётчик № %2 — %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="50" />
        <source>Enter the personal account number from your bill.</source>
        <translation>Введите номер лицевого счёта из квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="52" />
        <source>This account number has a typing error: the check digit does not match. Check every digit against the bill.</source>
        <translation>В номере счёта опечатка: не сходится контрольная цифра. Сверьте каждую цифру с квитанцией.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="54" />
        <source>This provider's account numbers look like %1 (or the unified GIS ZhKKh number such as 73АБ123456). Check the number on the bill.</source>
        <translation>Номера лицевых счетов этого поставщика выглядят так: %1 (или единый номер ГИС ЖКХ, например 73АБ123456). Проверьте номер по квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="55" />
        <source>Check the account number on the bill.</source>
        <translation>Проверьте номер лицевого счёта по квитанции.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="62" />
        <source>Enter the reading.</source>
        <translation>Введите показание.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="64" />
        <source>Use digits only, with a point or comma before the decimals.</source>
        <translation>Используйте только цифры; дробную часть отделите точкой или запятой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="66" />
        <source>This meter shows at most %1 digits before the point. Copy only the black drums.</source>
        <translation>У этого счётчика не больше %1 цифр до запятой. Перепишите только чёрные барабаны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="69" />
        <source>This provider takes whole numbers only: leave out the red drums.</source>
        <translation>Этот поставщик принимает только целые числа: красные барабаны не указывайте.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="70" />
        <source>At most %1 digits after the point.</source>
        <translation>Не больше %1 цифр после запятой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="72" />
        <source>Lower than the last accepted reading (%1). Check the reading. If the meter was replaced or went past its largest value, choose that below.</source>
        <translation>Меньше последнего принятого показания (%1). Проверьте показание. Если счётчик заменили или он перешёл через максимум, отметьте это ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="74" />
        <source>That is much more than usual: %1 %3 used, usually up to %2 %3. Check the reading. If it is correct, confirm it; the provider will review it.</source>
        <translation>Это намного больше обычного: расход %1 %3, обычно не больше %2 %3. Проверьте показание. Если оно верное, подтвердите его; поставщик его проверит.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="77" />
        <source>This meter's verification expired on %1, so its readings cannot be accepted for billing. Order a verification or a replacement of the meter (the provider's phone is on the bill), then give the certificate to the provider. Until then you are billed by the norm.</source>
        <translation>Срок поверки этого счётчика истёк %1, поэтому его показания не принимаются к расчёту. Закажите поверку или замену счётчика (телефон поставщика есть в квитанции) и передайте акт поставщику. До этого начисления идут по нормативу.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="82" />
        <source>This meter has no such tariff zone.</source>
        <translation>У этого счётчика нет такой тарифной зоны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="84" />
        <source>Enter the meter's serial number: it is printed on the meter's face.</source>
        <translation>Введите заводской номер счётчика: он указан на лицевой панели счётчика.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/texts.py" line="85" />
        <source>Check this reading.</source>
        <translation>Проверьте это показание.</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="49" />
        <source>You are here</source>
        <translation>Вы здесь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="51" />
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="52" />
        <source>not known</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="53" />
        <source>Opening hours: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="55" />
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="74" />
        <source>Offices and opening hours</source>
        <translation>Офисы МФЦ и часы работы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="104" />
        <source>Loading the list of offices…</source>
        <translation>Загружаем список офисов…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="105" />
        <source>Visit any of these offices. Opening hours are local time.</source>
        <translation>Вы можете обратиться в любой из этих офисов. Часы работы указаны по местному времени.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="106" />
        <source>The list of offices is not available yet. Please ask a member of staff.</source>
        <translation>Список офисов пока недоступен. Пожалуйста, обратитесь к сотруднику центра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="107" />
        <source>The list of offices cannot be shown right now. Please ask a member of staff.</source>
        <translation>Сейчас не удаётся показать список офисов. Пожалуйста, обратитесь к сотруднику центра.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="65" />
        <source>Queue ticket</source>
        <translation>Талон электронной очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="136" />
        <source>Choose what you came for. You get a ticket with your number and the estimated wait.</source>
        <translation>Выберите, по какому вопросу вы пришли. Вы получите талон с номером и примерным временем ожидания.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="141" />
        <source>Service: %1</source>
        <translation>Услуга: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="142" />
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="143" />
        <source>Take a ticket for this service</source>
        <translation>Взять талон на эту услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="145" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="146" />
        <source>Issuing your ticket…</source>
        <translation>Выдаём талон…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="147" />
        <source>The ticket could not be issued. Please try again or ask a member of staff at the reception.</source>
        <translation>Талон выдать не удалось. Попробуйте ещё раз или обратитесь к администратору зала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="148" />
        <source>Queue tickets cannot be issued right now. Please ask a member of staff at the reception.</source>
        <translation>Сейчас талоны выдать нельзя. Обратитесь к администратору зала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="151" />
        <source>Queue tickets are not available yet. Please ask a member of staff at the reception.</source>
        <translation>Талоны пока недоступны. Обратитесь к администратору зала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="154" />
        <source>Or choose another topic</source>
        <translation>Или выберите другой вопрос</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/queue_ticket.py" line="154" />
        <source>Topics</source>
        <translation>Вопросы</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="56" />
        <source>Queue ticket</source>
        <extracomment>Other kinds (meter readings): ``content(lang)`` → (title, lines, footer) in the current language. Lines added to the QR code after the receipt number (e.g. each meter reading).</extracomment>
        <translation>Талон электронной очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="57" />
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="60" />
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="68" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="62" />
        <source>Category</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="63" />
        <source>People ahead of you</source>
        <translation>Перед вами в очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="64" />
        <source>Estimated wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="64" />
        <source>about %1 min</source>
        <translation>около %1 мин</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="65" />
        <source>Watch the screen in the hall: your ticket number will be called.</source>
        <translation>Следите за табло в зале: номер вашего талона вызовут.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="67" />
        <source>Application submitted</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="70" />
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="71" />
        <source>Keep this receipt. Check the status at any kiosk by its number or QR code.</source>
        <translation>Сохраните эту расписку. Статус можно проверить на любом терминале по номеру или QR-коду.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="78" />
        <source>Receipt No.</source>
        <translation>Расписка №</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="78" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="148" />
        <source>Your receipt</source>
        <translation>Ваша расписка</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="195" />
        <source>Print again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="195" />
        <source>Print the receipt</source>
        <translation>Напечатать расписку</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="197" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="198" />
        <source>Done: back to the start</source>
        <translation>Готово: вернуться на главный экран</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="203" />
        <source>Printing the receipt…</source>
        <translation>Печатаем расписку…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="204" />
        <source>The receipt has been printed. Please take it from the printer.</source>
        <translation>Расписка напечатана. Возьмите её из принтера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="205" />
        <source>The printer is not working. Please photograph or write down this number, or scan the QR code with your phone. Your request is saved on this kiosk and will be sent.</source>
        <translation>Принтер не работает. Сфотографируйте или запишите этот номер либо отсканируйте QR-код телефоном. Ваше обращение сохранено на терминале и будет отправлено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="211" />
        <source>There is no receipt to show. Touch “Done” to go back to the start.</source>
        <translation>Расписки пока нет. Нажмите «Готово», чтобы вернуться на главный экран.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="219" />
        <source>Your ticket: %1</source>
        <translation>Ваш талон: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="220" />
        <source>People ahead of you: %1. Estimated wait: about %2 min.</source>
        <translation>Перед вами: %1. Ожидание: около %2 мин.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/receipt.py" line="227" />
        <source>QR code of receipt %1</source>
        <translation>QR-код расписки %1</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="68" />
        <source>About the service</source>
        <translation>Об услуге</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="109" />
        <source>Choose a service in the catalogue to see what it is and what to bring.</source>
        <translation>Выберите услугу в каталоге, чтобы узнать, что это за услуга и какие документы нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="110" />
        <source>Loading the service…</source>
        <translation>Загружаем услугу…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="112" />
        <source>This service is no longer in the catalogue. Please choose another one.</source>
        <translation>Этой услуги больше нет в каталоге. Выберите другую.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="113" />
        <source>The service cannot be shown right now. Please ask a member of staff.</source>
        <translation>Сейчас услугу показать нельзя. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="120" />
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="121" />
        <source>Open the catalogue</source>
        <translation>Открыть каталог услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="122" />
        <source>Apply</source>
        <translation>Подать заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="123" />
        <source>Apply for this service at the kiosk</source>
        <translation>Подать заявление на эту услугу через терминал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="124" />
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="125" />
        <source>Take a queue ticket for this service</source>
        <translation>Взять талон на эту услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="130" />
        <source>Category: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="133" />
        <source>Who can apply</source>
        <translation>Кто может обратиться</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="134" />
        <source>Documents to bring</source>
        <translation>Какие документы взять</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="136" />
        <source>No documents are needed.</source>
        <translation>Документы не нужны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="137" />
        <source>Fee</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="138" />
        <source>How long it takes</source>
        <translation>Срок оказания</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="139" />
        <source>Where to apply</source>
        <translation>Где получить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="141" />
        <source>Any MFC office of the region.</source>
        <translation>В любом МФЦ региона.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="142" />
        <source>Applying at the kiosk</source>
        <translation>Заявление через терминал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="143" />
        <source>You can fill in the application here and bring the documents to the office.</source>
        <translation>Заявление можно заполнить здесь, а документы принести в МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_card.py" line="145" />
        <source>This service has no application form at the kiosk: take a queue ticket and bring the documents to the office.</source>
        <translation>Для этой услуги нет заявления на терминале: возьмите талон и принесите документы в МФЦ.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="70" />
        <source>Free of charge</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="71" />
        <source>%1 roubles (state duty)</source>
        <translation>%1 руб. (госпошлина)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="75" />
        <source>%1 working days</source>
        <translation>%1 рабочих дней</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="79" />
        <source>Application for a public service</source>
        <translation>Заявление на услугу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="80" />
        <source>Queue ticket</source>
        <translation>Талон электронной очереди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="81" />
        <source>Doctor appointment</source>
        <translation>Запись к врачу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="82" />
        <source>Request made at the kiosk</source>
        <translation>Обращение через терминал</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="82" />
        <source>Meter readings</source>
        <translation>Показания счётчиков</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="121" />
        <source>Waiting on this kiosk to be sent. It will be sent automatically when the connection is available; you do not need to do anything.</source>
        <translation>Ожидает отправки на этом терминале. Оно будет отправлено автоматически, как только появится связь; вам ничего делать не нужно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="122" />
        <source>Being sent to the regional office right now.</source>
        <translation>Прямо сейчас отправляется в региональный центр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="123" />
        <source>Delivered and accepted by the regional office.</source>
        <translation>Доставлено и принято региональным центром.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="124" />
        <source>Delivered, but the regional office rejected it.</source>
        <translation>Доставлено, но региональный центр его отклонил.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="125" />
        <source>Not accepted: the regional office already holds a different request with this number. Please ask a member of staff.</source>
        <translation>Не принято: в региональном центре уже есть другое обращение с этим номером. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="126" />
        <source>Unknown state. Please ask a member of staff.</source>
        <translation>Состояние неизвестно. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="130" />
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="130" />
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="130" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="131" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="131" />
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="284" />
        <source>Offline — demo data</source>
        <translation>Нет связи — демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="287" />
        <source>Sending paused — staff have been told</source>
        <translation>Отправка приостановлена — сотрудники уже знают</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="289" />
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="289" />
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="290" />
        <source>waiting to be sent: %1</source>
        <translation>ждут отправки: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="292" />
        <source>Offline — requests are kept and sent later</source>
        <translation>Нет связи — заявления сохранены и будут отправлены позже</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="293" />
        <source>Online · everything sent</source>
        <translation>На связи · всё отправлено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="297" />
        <source>Public services kiosk</source>
        <translation>Терминал государственных услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="298" />
        <location filename="../../kiosk/ui/shell.py" line="299" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="300" />
        <location filename="../../kiosk/ui/shell.py" line="301" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="304" />
        <source>Switch language to English</source>
        <translation>Переключить язык на английский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="305" />
        <source>Switch language to Russian</source>
        <translation>Переключить язык на русский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="306" />
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="307" />
        <source>Accessibility: text size, contrast, read aloud</source>
        <translation>Специальные возможности: размер текста, контрастность, чтение вслух</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="116" />
        <source>Check status by receipt</source>
        <translation>Проверить статус по расписке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="189" />
        <source>Type the receipt number, for example K7Q2-3M2A-9X4P, or hold the receipt's QR code under the scanner.</source>
        <translation>Введите номер расписки, например K7Q2-3M2A-9X4P, или поднесите QR-код расписки к сканеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="191" />
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="192" />
        <source>Receipt number: type it or scan the QR code</source>
        <translation>Номер расписки: введите его или отсканируйте QR-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="193" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="194" />
        <source>Check the status</source>
        <translation>Проверить статус</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="196" />
        <source>Looking for the receipt…</source>
        <translation>Ищем расписку…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="197" />
        <source>No request with the number %1 was made at this kiosk. Check the number on the receipt (letters O and I are read as digits 0 and 1), or ask a member of staff: requests made at other kiosks are checked at the reception.</source>
        <translation>Обращения с номером %1 на этом терминале не было. Проверьте номер на расписке (буквы O и I читаются как цифры 0 и 1) или обратитесь к сотруднику: обращения с других терминалов проверяют у администратора.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="200" />
        <source>This is not a receipt number. A receipt number has 12 letters and digits, for example K7Q2-3M2A-9X4P. Check the number and try again.</source>
        <translation>Это не номер расписки. В номере 12 латинских букв и цифр, например K7Q2-3M2A-9X4P. Проверьте номер и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="202" />
        <source>The status cannot be checked right now. Please ask a member of staff.</source>
        <translation>Сейчас проверить статус нельзя. Обратитесь к сотруднику МФЦ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="225" />
        <source>Each reading:</source>
        <translation>По каждому показанию:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="228" />
        <location filename="../../kiosk/ui/screens/services/status.py" line="250" />
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="233" />
        <source>Asking the regional office…</source>
        <translation>Запрашиваем региональный центр…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="238" />
        <source>No connection to the regional office right now: this shows the kiosk's own information.</source>
        <translation>Сейчас нет связи с региональным центром: показаны сведения этого терминала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="240" />
        <source>The regional office has not received it yet.</source>
        <translation>Региональный центр его ещё не получил.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="241" />
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="241" />
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="242" />
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="243" />
        <source>Regional office: %1.</source>
        <translation>Региональный центр: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/status.py" line="245" />
        <source>Registration number: %1.</source>
        <translation>Регистрационный номер: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="93" />
        <source>Large consumption: the provider will check it.</source>
        <translation>Большой расход: поставщик его проверит.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="94" />
        <source>The meter went past zero.</source>
        <translation>Счётчик перешёл через ноль.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="95" />
        <source>New meter.</source>
        <translation>Новый счётчик.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="98" />
        <source>Meter No. %1, %2: %3</source>
        <translation>Счётчик № %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="105" />
        <source>%1 — accepted, counts for %2.</source>
        <translation>%1 — принято, учтено за %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="106" />
        <source>%1 — accepted.</source>
        <translation>%1 — принято.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="109" />
        <source>%1 — not accepted: %2.</source>
        <translation>%1 — не принято: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="111" />
        <source>%1 — correct, but not counted because other readings of this receipt were refused: submit it again together with the corrected ones.</source>
        <translation>%1 — верно, но не учтено, потому что другие показания этой квитанции отклонены: передайте его ещё раз вместе с исправленными.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/messages.py" line="113" />
        <source>%1 — not decided yet.</source>
        <translation>%1 — ещё не рассмотрено.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="331" />
        <source>Sync: starting</source>
        <translation>Синхронизация: запуск</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="336" />
        <source>Connection status</source>
        <translation>Состояние связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="347" />
        <source>Sync paused: call a technician</source>
        <translation>Синхронизация остановлена: вызовите техника</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="349" />
        <source>Sync not configured</source>
        <translation>Синхронизация не настроена</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="351" />
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="353" />
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="355" />
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="357" />
        <source>syncing</source>
        <translation>синхронизация</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/sync/qt.py" line="359" />
        <source>%n waiting</source>
        <translation>
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="362" />
        <source>Last success: %1</source>
        <translation>Последний успех: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/qt.py" line="364" />
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../kiosk/ui/screens/offices.py" line="118" />
        <source>Offices and opening hours</source>
        <translation>Офисы МФЦ и часы работы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="109" />
        <source>Large text, contrast and read aloud</source>
        <translation>Крупный текст, контрастность и чтение вслух</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="164" />
        <source>Public services: find, learn what to bring, apply</source>
        <translation>Госуслуги: найти, узнать, что взять, подать заявление</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="178" />
        <source>Take a queue ticket</source>
        <translation>Взять талон в очередь</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/__init__.py" line="183" />
        <source>Check status by receipt</source>
        <translation>Проверить статус по расписке</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/meters/__init__.py" line="111" />
        <source>Meter readings: electricity, water, heating, gas</source>
        <translation>Показания счётчиков: свет, вода, тепло, газ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/clinic/__init__.py" line="96" />
        <source>Doctor appointment</source>
        <translation>Запись к врачу</translation>
    </message>
</context>
</TS>