<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>Home</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="94" />
        <source>Public services</source>
        <translation>Государственные услуги</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="97" />
        <source>Welcome! Touch a tile to begin.</source>
        <translation>Здравствуйте! Чтобы начать, коснитесь плитки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="100" />
        <source>The kiosk's local data were damaged and have been replaced with a fresh copy. The kiosk works normally. Staff have been informed through the kiosk's log.</source>
        <translation>Локальные данные терминала были повреждены и заменены новой копией. Терминал работает в обычном режиме. Сотрудники центра уведомлены через журнал терминала.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="104" />
        <source>OK</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="105" />
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
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="128" />
        <source>%n second(s) left</source>
        <translation><numerusform>Осталась %n секунда</numerusform><numerusform>Осталось %n секунды</numerusform><numerusform>Осталось %n секунд</numerusform></translation>
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
    <name>Shell</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="254" />
        <source>Public services kiosk</source>
        <translation>Терминал государственных услуг</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="255" />
        <location filename="../../kiosk/ui/shell.py" line="256" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="257" />
        <location filename="../../kiosk/ui/shell.py" line="258" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="261" />
        <source>Switch language to English</source>
        <translation>Переключить язык на английский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="262" />
        <source>Switch language to Russian</source>
        <translation>Переключить язык на русский</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="263" />
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="264" />
        <source>Accessibility: text size, contrast, read aloud</source>
        <translation>Специальные возможности: размер текста, контрастность, чтение вслух</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="265" />
        <source>Offline — demo data</source>
        <translation>Нет связи — демонстрационные данные</translation>
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
</context>
</TS>