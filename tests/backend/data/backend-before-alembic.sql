BEGIN TRANSACTION;
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
INSERT INTO "_sqlite_migrations" VALUES(1,'regional_backend','m001_initial','2026-12-08 01:18:23.779850+00:00');
INSERT INTO "_sqlite_migrations" VALUES(2,'regional_backend','m002_utility_accounts','2026-12-08 01:18:23.780449+00:00');
INSERT INTO "_sqlite_migrations" VALUES(3,'regional_backend','m003_auth_failures','2026-12-08 01:18:23.780736+00:00');
INSERT INTO "_sqlite_migrations" VALUES(4,'regional_backend','m004_office_queue','2026-12-08 01:18:23.781029+00:00');
INSERT INTO "_sqlite_migrations" VALUES(5,'regional_backend_fhir','m001_fhir','2026-12-08 01:18:23.914071+00:00');
CREATE TABLE auth_failures (
            address TEXT NOT NULL,               -- the client address the server saw
            at REAL NOT NULL                     -- Unix time of the failure
        );
CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            dataset TEXT NOT NULL,
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
            data TEXT,                           -- canonical JSON for upserts
            changed_at TEXT NOT NULL
        );
INSERT INTO "changes" VALUES(1,'offices','offices','off-1','upsert','{"address_en":"Ulyanovsk, Goncharova St, 1","address_ru":"Ульяновск, ул. Гончарова, 1","hours_en":"","hours_ru":"","id":"off-1","name_en":"MFC No. 1","name_ru":"МФЦ №1","phone":"","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(2,'offices','offices','off-2','upsert','{"address_en":"Ulyanovsk, Goncharova St, 2","address_ru":"Ульяновск, ул. Гончарова, 2","hours_en":"","hours_ru":"","id":"off-2","name_en":"MFC No. 2","name_ru":"МФЦ №2","phone":"","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(3,'catalogue','service_categories','cat-docs','upsert','{"icon":"","id":"cat-docs","name_en":"Documents","name_ru":"Документы","queue_letter":"A","sort_order":1,"updated_at":"2026-11-01T00:00:00Z"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(4,'catalogue','service_categories','cat-family','upsert','{"icon":"","id":"cat-family","name_en":"Family","name_ru":"Семья","queue_letter":"B","sort_order":2,"updated_at":"2026-11-01T00:00:00Z"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(5,'catalogue','life_situations','ls-baby','upsert','{"description_en":"","description_ru":"","icon":"","id":"ls-baby","name_en":"Birth of a child","name_ru":"Рождение ребёнка","sort_order":1,"updated_at":"2026-11-01T00:00:00Z"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(6,'catalogue','services','svc-001','upsert','{"category_id":"cat-docs","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-001","name_en":"Russian passport","name_ru":"Паспорт РФ","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(7,'catalogue','services','svc-002','upsert','{"category_id":"cat-family","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-002","name_en":"Childbirth allowance","name_ru":"Пособие при рождении","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(8,'catalogue','services','svc-003','upsert','{"category_id":"cat-docs","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-003","name_en":"SNILS","name_ru":"СНИЛС","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(9,'catalogue','service_life_situations','svc-002|ls-baby','upsert','{"service_id":"svc-002","situation_id":"ls-baby"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(10,'catalogue','service_offices','svc-001|off-1','upsert','{"office_id":"off-1","service_id":"svc-001"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(11,'catalogue','service_offices','svc-002|off-1','upsert','{"office_id":"off-1","service_id":"svc-002"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(12,'catalogue','service_offices','svc-003|off-1','upsert','{"office_id":"off-1","service_id":"svc-003"}','2026-03-01T21:00:00.026Z');
INSERT INTO "changes" VALUES(13,'utilities','utility_providers','up-energo','upsert','{"account_check":"none","account_pattern":"^\\d{10}$","id":"up-energo","jump_factor":3.0,"name_en":"Energosbyt","name_ru":"Энергосбыт","phone":"","services":"[\"electricity\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z","window_end_day":25,"window_start_day":20}','2026-03-01T21:00:00.026Z');
CREATE TABLE fhir_appointments (
            id TEXT PRIMARY KEY, ident_system TEXT NOT NULL, ident_value TEXT NOT NULL,
            slot_id TEXT NOT NULL REFERENCES fhir_slots(id), patient_system TEXT, patient_value TEXT,
            status TEXT NOT NULL, kiosk_id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            data TEXT NOT NULL);
INSERT INTO "fhir_appointments" VALUES('cdb86ceb-9df5-4095-a57b-1d2658165e78','urn:ietf:rfc:3986','urn:uuid:appt-1','slot-sch-ul-001-202603020400','https://mfc-kiosk.example/fhir/sid/enp','1234567890123456','booked','k-old',1,'2026-03-01T21:00:00.164599Z','{"resourceType": "Appointment", "status": "booked"}');
CREATE TABLE fhir_clock (id INTEGER PRIMARY KEY CHECK (id = 1), last TEXT NOT NULL);
INSERT INTO "fhir_clock" VALUES(1,'2026-03-01T21:00:00.164599Z');
CREATE TABLE fhir_ref (
            type TEXT NOT NULL, id TEXT NOT NULL,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            k_org TEXT, k_prac TEXT, k_role TEXT, k_spec TEXT,
            data TEXT NOT NULL,                    -- the kiosk store's row as JSON
            PRIMARY KEY (type, id));
INSERT INTO "fhir_ref" VALUES('Organization','org-ul-poly-1',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"address_en": "19 Goncharova St, Ulyanovsk", "address_ru": "г. Ульяновск, ул. Гончарова, д. 19", "id": "org-ul-poly-1", "name_en": "City Polyclinic No. 1 (demo)", "name_ru": "ГУЗ «Городская поликлиника № 1» (демо)", "phone": "+7 8422 40-11-01", "timezone": "Europe/Ulyanovsk"}');
INSERT INTO "fhir_ref" VALUES('Organization','org-ul-poly-2',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"address_en": "35 Leninskogo Komsomola Ave, Ulyanovsk", "address_ru": "г. Ульяновск, пр-т Ленинского Комсомола, д. 35", "id": "org-ul-poly-2", "name_en": "Zavolzhsky City Polyclinic (demo)", "name_ru": "ГУЗ «Заволжская городская поликлиника» (демо)", "phone": "+7 8422 40-11-02", "timezone": "Europe/Ulyanovsk"}');
INSERT INTO "fhir_ref" VALUES('Organization','org-ul-poly-3',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"address_en": "60 Ryabikova St, Ulyanovsk", "address_ru": "г. Ульяновск, ул. Рябикова, д. 60", "id": "org-ul-poly-3", "name_en": "Children''s City Polyclinic No. 3 (demo)", "name_ru": "ГУЗ «Детская городская поликлиника № 3» (демо)", "phone": "+7 8422 40-11-03", "timezone": "Europe/Ulyanovsk"}');
INSERT INTO "fhir_ref" VALUES('Organization','org-ul-poly-4',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"address_en": "22 Gagarina St, Dimitrovgrad, Ulyanovsk Region", "address_ru": "Ульяновская обл., г. Димитровград, ул. Гагарина, д. 22", "id": "org-ul-poly-4", "name_en": "Dimitrovgrad Polyclinic (demo)", "name_ru": "ГУЗ «Димитровградская поликлиника» (демо)", "phone": "+7 84235 4-11-04", "timezone": "Europe/Ulyanovsk"}');
INSERT INTO "fhir_ref" VALUES('Organization','org-ul-poly-5',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"address_en": "11 Ulyanovskaya St, Novoulyanovsk, Ulyanovsk Region", "address_ru": "Ульяновская обл., г. Новоульяновск, ул. Ульяновская, д. 11", "id": "org-ul-poly-5", "name_en": "Novoulyanovsk District Hospital, outpatient department (demo)", "name_ru": "ГУЗ «Новоульяновская районная больница», поликлиника (демо)", "phone": "+7 84255 7-11-05", "timezone": "Europe/Ulyanovsk"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-001',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Kuznetsova", "family_ru": "Кузнецова", "gender": "female", "given_en": "Olga", "given_ru": "Ольга", "id": "pr-ul-001", "patronymic_ru": "Викторовна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-002',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Smirnov", "family_ru": "Смирнов", "gender": "male", "given_en": "Andrei", "given_ru": "Андрей", "id": "pr-ul-002", "patronymic_ru": "Петрович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-003',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Volkova", "family_ru": "Волкова", "gender": "female", "given_en": "Natalia", "given_ru": "Наталья", "id": "pr-ul-003", "patronymic_ru": "Сергеевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-004',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Egorov", "family_ru": "Егоров", "gender": "male", "given_en": "Mikhail", "given_ru": "Михаил", "id": "pr-ul-004", "patronymic_ru": "Юрьевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-005',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Lebedeva", "family_ru": "Лебедева", "gender": "female", "given_en": "Irina", "given_ru": "Ирина", "id": "pr-ul-005", "patronymic_ru": "Александровна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-006',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Morozov", "family_ru": "Морозов", "gender": "male", "given_en": "Dmitrii", "given_ru": "Дмитрий", "id": "pr-ul-006", "patronymic_ru": "Игоревич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-007',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Soloveva", "family_ru": "Соловьёва", "gender": "female", "given_en": "Elena", "given_ru": "Елена", "id": "pr-ul-007", "patronymic_ru": "Николаевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-008',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Pavlov", "family_ru": "Павлов", "gender": "male", "given_en": "Sergei", "given_ru": "Сергей", "id": "pr-ul-008", "patronymic_ru": "Владимирович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-009',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Fedorova", "family_ru": "Фёдорова", "gender": "female", "given_en": "Tatiana", "given_ru": "Татьяна", "id": "pr-ul-009", "patronymic_ru": "Ивановна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-010',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Nikitin", "family_ru": "Никитин", "gender": "male", "given_en": "Aleksei", "given_ru": "Алексей", "id": "pr-ul-010", "patronymic_ru": "Геннадьевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-011',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Zakharova", "family_ru": "Захарова", "gender": "female", "given_en": "Iuliia", "given_ru": "Юлия", "id": "pr-ul-011", "patronymic_ru": "Андреевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-012',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Belov", "family_ru": "Белов", "gender": "male", "given_en": "Konstantin", "given_ru": "Константин", "id": "pr-ul-012", "patronymic_ru": "Олегович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-013',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Grigoreva", "family_ru": "Григорьева", "gender": "female", "given_en": "Svetlana", "given_ru": "Светлана", "id": "pr-ul-013", "patronymic_ru": "Павловна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-014',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Tarasov", "family_ru": "Тарасов", "gender": "male", "given_en": "Viktor", "given_ru": "Виктор", "id": "pr-ul-014", "patronymic_ru": "Анатольевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-015',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Kiseleva", "family_ru": "Киселёва", "gender": "female", "given_en": "Marina", "given_ru": "Марина", "id": "pr-ul-015", "patronymic_ru": "Дмитриевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-016',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Orlov", "family_ru": "Орлов", "gender": "male", "given_en": "Roman", "given_ru": "Роман", "id": "pr-ul-016", "patronymic_ru": "Евгеньевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-017',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Makarova", "family_ru": "Макарова", "gender": "female", "given_en": "Anna", "given_ru": "Анна", "id": "pr-ul-017", "patronymic_ru": "Валерьевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-018',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Zaitsev", "family_ru": "Зайцев", "gender": "male", "given_en": "Ilia", "given_ru": "Илья", "id": "pr-ul-018", "patronymic_ru": "Борисович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-019',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Andreeva", "family_ru": "Андреева", "gender": "female", "given_en": "Liudmila", "given_ru": "Людмила", "id": "pr-ul-019", "patronymic_ru": "Георгиевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-020',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Kovalev", "family_ru": "Ковалёв", "gender": "male", "given_en": "Artem", "given_ru": "Артём", "id": "pr-ul-020", "patronymic_ru": "Сергеевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-021',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Semenova", "family_ru": "Семёнова", "gender": "female", "given_en": "Daria", "given_ru": "Дарья", "id": "pr-ul-021", "patronymic_ru": "Алексеевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-022',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Bogdanova", "family_ru": "Богданова", "gender": "female", "given_en": "Kseniia", "given_ru": "Ксения", "id": "pr-ul-022", "patronymic_ru": "Ильинична"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-023',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Vorobev", "family_ru": "Воробьёв", "gender": "male", "given_en": "Pavel", "given_ru": "Павел", "id": "pr-ul-023", "patronymic_ru": "Николаевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-024',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Medvedeva", "family_ru": "Медведева", "gender": "female", "given_en": "Valentina", "given_ru": "Валентина", "id": "pr-ul-024", "patronymic_ru": "Романовна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-025',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Zhukov", "family_ru": "Жуков", "gender": "male", "given_en": "Evgenii", "given_ru": "Евгений", "id": "pr-ul-025", "patronymic_ru": "Васильевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-026',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Komarova", "family_ru": "Комарова", "gender": "female", "given_en": "Alena", "given_ru": "Алёна", "id": "pr-ul-026", "patronymic_ru": "Максимовна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-027',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Ilin", "family_ru": "Ильин", "gender": "male", "given_en": "Oleg", "given_ru": "Олег", "id": "pr-ul-027", "patronymic_ru": "Степанович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-028',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Guseva", "family_ru": "Гусева", "gender": "female", "given_en": "Galina", "given_ru": "Галина", "id": "pr-ul-028", "patronymic_ru": "Фёдоровна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-029',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Titov", "family_ru": "Титов", "gender": "male", "given_en": "Nikolai", "given_ru": "Николай", "id": "pr-ul-029", "patronymic_ru": "Аркадьевич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-030',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Kudriavtseva", "family_ru": "Кудрявцева", "gender": "female", "given_en": "Vera", "given_ru": "Вера", "id": "pr-ul-030", "patronymic_ru": "Леонидовна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-031',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Baranov", "family_ru": "Баранов", "gender": "male", "given_en": "Grigorii", "given_ru": "Григорий", "id": "pr-ul-031", "patronymic_ru": "Михайлович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-032',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Kulikova", "family_ru": "Куликова", "gender": "female", "given_en": "Oksana", "given_ru": "Оксана", "id": "pr-ul-032", "patronymic_ru": "Витальевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-033',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Alekseev", "family_ru": "Алексеев", "gender": "male", "given_en": "Vadim", "given_ru": "Вадим", "id": "pr-ul-033", "patronymic_ru": "Эдуардович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-034',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Stepanova", "family_ru": "Степанова", "gender": "female", "given_en": "Liubov", "given_ru": "Любовь", "id": "pr-ul-034", "patronymic_ru": "Константиновна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-035',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Iakovlev", "family_ru": "Яковлев", "gender": "male", "given_en": "Fedor", "given_ru": "Фёдор", "id": "pr-ul-035", "patronymic_ru": "Ильич"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-036',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Sorokina", "family_ru": "Сорокина", "gender": "female", "given_en": "Zoia", "given_ru": "Зоя", "id": "pr-ul-036", "patronymic_ru": "Тимофеевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-037',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Romanov", "family_ru": "Романов", "gender": "male", "given_en": "Stanislav", "given_ru": "Станислав", "id": "pr-ul-037", "patronymic_ru": "Олегович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-038',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Vinogradova", "family_ru": "Виноградова", "gender": "female", "given_en": "Elizaveta", "given_ru": "Елизавета", "id": "pr-ul-038", "patronymic_ru": "Юрьевна"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-039',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Shcherbakov", "family_ru": "Щербаков", "gender": "male", "given_en": "Iurii", "given_ru": "Юрий", "id": "pr-ul-039", "patronymic_ru": "Харитонович"}');
INSERT INTO "fhir_ref" VALUES('Practitioner','pr-ul-040',1,'2026-03-01T21:00:00.153964Z',NULL,NULL,NULL,NULL,'{"family_en": "Poliakova", "family_ru": "Полякова", "gender": "female", "given_en": "Nina", "given_ru": "Нина", "id": "pr-ul-040", "patronymic_ru": "Эмильевна"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-001',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-001','role-ul-001','general-practice','{"clinic_id": "org-ul-poly-1", "id": "role-ul-001", "practitioner_id": "pr-ul-001", "room": "101", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-002',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-002','role-ul-002','general-practice','{"clinic_id": "org-ul-poly-1", "id": "role-ul-002", "practitioner_id": "pr-ul-002", "room": "102", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-003',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-003','role-ul-003','general-practice','{"clinic_id": "org-ul-poly-1", "id": "role-ul-003", "practitioner_id": "pr-ul-003", "room": "103", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-004',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-004','role-ul-004','surgery','{"clinic_id": "org-ul-poly-1", "id": "role-ul-004", "practitioner_id": "pr-ul-004", "room": "210", "specialty_code": "surgery"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-005',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-005','role-ul-005','ophthalmology','{"clinic_id": "org-ul-poly-1", "id": "role-ul-005", "practitioner_id": "pr-ul-005", "room": "214", "specialty_code": "ophthalmology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-006',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-006','role-ul-006','neurology','{"clinic_id": "org-ul-poly-1", "id": "role-ul-006", "practitioner_id": "pr-ul-006", "room": "216", "specialty_code": "neurology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-007',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-007','role-ul-007','cardiology','{"clinic_id": "org-ul-poly-1", "id": "role-ul-007", "practitioner_id": "pr-ul-007", "room": "305", "specialty_code": "cardiology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-008',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-008','role-ul-008','endocrinology','{"clinic_id": "org-ul-poly-1", "id": "role-ul-008", "practitioner_id": "pr-ul-008", "room": "307", "specialty_code": "endocrinology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-009',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-009','role-ul-009','otorhinolaryngology','{"clinic_id": "org-ul-poly-1", "id": "role-ul-009", "practitioner_id": "pr-ul-009", "room": "218", "specialty_code": "otorhinolaryngology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-010',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-010','role-ul-010','dentistry','{"clinic_id": "org-ul-poly-1", "id": "role-ul-010", "practitioner_id": "pr-ul-010", "room": "401", "specialty_code": "dentistry"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-011',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-011','role-ul-011','general-practice','{"clinic_id": "org-ul-poly-2", "id": "role-ul-011", "practitioner_id": "pr-ul-011", "room": "11", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-012',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-012','role-ul-012','general-practice','{"clinic_id": "org-ul-poly-2", "id": "role-ul-012", "practitioner_id": "pr-ul-012", "room": "12", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-013',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-013','role-ul-013','general-practice','{"clinic_id": "org-ul-poly-2", "id": "role-ul-013", "practitioner_id": "pr-ul-013", "room": "14", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-014',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-014','role-ul-014','surgery','{"clinic_id": "org-ul-poly-2", "id": "role-ul-014", "practitioner_id": "pr-ul-014", "room": "21", "specialty_code": "surgery"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-015',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-015','role-ul-015','dermatovenereology','{"clinic_id": "org-ul-poly-2", "id": "role-ul-015", "practitioner_id": "pr-ul-015", "room": "23", "specialty_code": "dermatovenereology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-016',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-016','role-ul-016','cardiology','{"clinic_id": "org-ul-poly-2", "id": "role-ul-016", "practitioner_id": "pr-ul-016", "room": "31", "specialty_code": "cardiology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-017',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-017','role-ul-017','endocrinology','{"clinic_id": "org-ul-poly-2", "id": "role-ul-017", "practitioner_id": "pr-ul-017", "room": "33", "specialty_code": "endocrinology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-018',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-018','role-ul-018','neurology','{"clinic_id": "org-ul-poly-2", "id": "role-ul-018", "practitioner_id": "pr-ul-018", "room": "35", "specialty_code": "neurology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-019',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-019','role-ul-019','ophthalmology','{"clinic_id": "org-ul-poly-2", "id": "role-ul-019", "practitioner_id": "pr-ul-019", "room": "37", "specialty_code": "ophthalmology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-020',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-020','role-ul-020','dentistry','{"clinic_id": "org-ul-poly-2", "id": "role-ul-020", "practitioner_id": "pr-ul-020", "room": "41", "specialty_code": "dentistry"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-021',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-021','role-ul-021','pediatrics','{"clinic_id": "org-ul-poly-3", "id": "role-ul-021", "practitioner_id": "pr-ul-021", "room": "5", "specialty_code": "pediatrics"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-022',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-022','role-ul-022','pediatrics','{"clinic_id": "org-ul-poly-3", "id": "role-ul-022", "practitioner_id": "pr-ul-022", "room": "6", "specialty_code": "pediatrics"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-023',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-023','role-ul-023','pediatrics','{"clinic_id": "org-ul-poly-3", "id": "role-ul-023", "practitioner_id": "pr-ul-023", "room": "7", "specialty_code": "pediatrics"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-024',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-024','role-ul-024','otorhinolaryngology','{"clinic_id": "org-ul-poly-3", "id": "role-ul-024", "practitioner_id": "pr-ul-024", "room": "12", "specialty_code": "otorhinolaryngology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-025',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-025','role-ul-025','ophthalmology','{"clinic_id": "org-ul-poly-3", "id": "role-ul-025", "practitioner_id": "pr-ul-025", "room": "14", "specialty_code": "ophthalmology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-026',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-026','role-ul-026','dentistry','{"clinic_id": "org-ul-poly-3", "id": "role-ul-026", "practitioner_id": "pr-ul-026", "room": "20", "specialty_code": "dentistry"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-027',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-027','role-ul-027','general-practice','{"clinic_id": "org-ul-poly-4", "id": "role-ul-027", "practitioner_id": "pr-ul-027", "room": "110", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-028',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-028','role-ul-028','general-practice','{"clinic_id": "org-ul-poly-4", "id": "role-ul-028", "practitioner_id": "pr-ul-028", "room": "111", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-029',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-029','role-ul-029','surgery','{"clinic_id": "org-ul-poly-4", "id": "role-ul-029", "practitioner_id": "pr-ul-029", "room": "120", "specialty_code": "surgery"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-030',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-030','role-ul-030','pediatrics','{"clinic_id": "org-ul-poly-4", "id": "role-ul-030", "practitioner_id": "pr-ul-030", "room": "130", "specialty_code": "pediatrics"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-031',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-031','role-ul-031','cardiology','{"clinic_id": "org-ul-poly-4", "id": "role-ul-031", "practitioner_id": "pr-ul-031", "room": "140", "specialty_code": "cardiology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-032',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-032','role-ul-032','dermatovenereology','{"clinic_id": "org-ul-poly-4", "id": "role-ul-032", "practitioner_id": "pr-ul-032", "room": "142", "specialty_code": "dermatovenereology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-033',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-033','role-ul-033','otorhinolaryngology','{"clinic_id": "org-ul-poly-4", "id": "role-ul-033", "practitioner_id": "pr-ul-033", "room": "144", "specialty_code": "otorhinolaryngology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-034',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-034','role-ul-034','dentistry','{"clinic_id": "org-ul-poly-4", "id": "role-ul-034", "practitioner_id": "pr-ul-034", "room": "150", "specialty_code": "dentistry"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-035',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-035','role-ul-035','general-practice','{"clinic_id": "org-ul-poly-5", "id": "role-ul-035", "practitioner_id": "pr-ul-035", "room": "3", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-036',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-036','role-ul-036','general-practice','{"clinic_id": "org-ul-poly-5", "id": "role-ul-036", "practitioner_id": "pr-ul-036", "room": "4", "specialty_code": "general-practice"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-037',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-037','role-ul-037','pediatrics','{"clinic_id": "org-ul-poly-5", "id": "role-ul-037", "practitioner_id": "pr-ul-037", "room": "8", "specialty_code": "pediatrics"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-038',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-038','role-ul-038','neurology','{"clinic_id": "org-ul-poly-5", "id": "role-ul-038", "practitioner_id": "pr-ul-038", "room": "9", "specialty_code": "neurology"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-039',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-039','role-ul-039','surgery','{"clinic_id": "org-ul-poly-5", "id": "role-ul-039", "practitioner_id": "pr-ul-039", "room": "10", "specialty_code": "surgery"}');
INSERT INTO "fhir_ref" VALUES('PractitionerRole','role-ul-040',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-040','role-ul-040','endocrinology','{"clinic_id": "org-ul-poly-5", "id": "role-ul-040", "practitioner_id": "pr-ul-040", "room": "12", "specialty_code": "endocrinology"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-001',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-001','role-ul-001','general-practice','{"active": 1, "id": "sch-ul-001", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-001"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-002',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-002','role-ul-002','general-practice','{"active": 1, "id": "sch-ul-002", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-002"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-003',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-003','role-ul-003','general-practice','{"active": 1, "id": "sch-ul-003", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-003"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-004',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-004','role-ul-004','surgery','{"active": 1, "id": "sch-ul-004", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-004"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-005',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-005','role-ul-005','ophthalmology','{"active": 1, "id": "sch-ul-005", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-005"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-006',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-006','role-ul-006','neurology','{"active": 1, "id": "sch-ul-006", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-006"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-007',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-007','role-ul-007','cardiology','{"active": 1, "id": "sch-ul-007", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-007"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-008',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-008','role-ul-008','endocrinology','{"active": 1, "id": "sch-ul-008", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-008"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-009',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-009','role-ul-009','otorhinolaryngology','{"active": 1, "id": "sch-ul-009", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-009"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-010',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-1','pr-ul-010','role-ul-010','dentistry','{"active": 1, "id": "sch-ul-010", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-010"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-011',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-011','role-ul-011','general-practice','{"active": 1, "id": "sch-ul-011", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-011"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-012',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-012','role-ul-012','general-practice','{"active": 1, "id": "sch-ul-012", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-012"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-013',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-013','role-ul-013','general-practice','{"active": 1, "id": "sch-ul-013", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-013"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-014',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-014','role-ul-014','surgery','{"active": 1, "id": "sch-ul-014", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-014"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-015',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-015','role-ul-015','dermatovenereology','{"active": 1, "id": "sch-ul-015", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-015"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-016',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-016','role-ul-016','cardiology','{"active": 1, "id": "sch-ul-016", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-016"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-017',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-017','role-ul-017','endocrinology','{"active": 1, "id": "sch-ul-017", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-017"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-018',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-018','role-ul-018','neurology','{"active": 1, "id": "sch-ul-018", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-018"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-019',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-019','role-ul-019','ophthalmology','{"active": 1, "id": "sch-ul-019", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-019"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-020',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-2','pr-ul-020','role-ul-020','dentistry','{"active": 1, "id": "sch-ul-020", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-020"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-021',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-021','role-ul-021','pediatrics','{"active": 1, "id": "sch-ul-021", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-021"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-022',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-022','role-ul-022','pediatrics','{"active": 1, "id": "sch-ul-022", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-022"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-023',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-023','role-ul-023','pediatrics','{"active": 1, "id": "sch-ul-023", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-023"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-024',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-024','role-ul-024','otorhinolaryngology','{"active": 1, "id": "sch-ul-024", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-024"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-025',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-025','role-ul-025','ophthalmology','{"active": 1, "id": "sch-ul-025", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-025"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-026',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-3','pr-ul-026','role-ul-026','dentistry','{"active": 1, "id": "sch-ul-026", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-026"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-027',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-027','role-ul-027','general-practice','{"active": 1, "id": "sch-ul-027", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-027"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-028',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-028','role-ul-028','general-practice','{"active": 1, "id": "sch-ul-028", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-028"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-029',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-029','role-ul-029','surgery','{"active": 1, "id": "sch-ul-029", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-029"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-030',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-030','role-ul-030','pediatrics','{"active": 1, "id": "sch-ul-030", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-030"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-031',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-031','role-ul-031','cardiology','{"active": 1, "id": "sch-ul-031", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-031"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-032',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-032','role-ul-032','dermatovenereology','{"active": 1, "id": "sch-ul-032", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-032"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-033',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-033','role-ul-033','otorhinolaryngology','{"active": 1, "id": "sch-ul-033", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-033"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-034',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-4','pr-ul-034','role-ul-034','dentistry','{"active": 1, "id": "sch-ul-034", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-034"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-035',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-035','role-ul-035','general-practice','{"active": 1, "id": "sch-ul-035", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-035"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-036',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-036','role-ul-036','general-practice','{"active": 1, "id": "sch-ul-036", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-036"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-037',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-037','role-ul-037','pediatrics','{"active": 1, "id": "sch-ul-037", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-037"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-038',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-038','role-ul-038','neurology','{"active": 1, "id": "sch-ul-038", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-038"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-039',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-039','role-ul-039','surgery','{"active": 1, "id": "sch-ul-039", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-039"}');
INSERT INTO "fhir_ref" VALUES('Schedule','sch-ul-040',1,'2026-03-01T21:00:00.153964Z','org-ul-poly-5','pr-ul-040','role-ul-040','endocrinology','{"active": 1, "id": "sch-ul-040", "planning_end": "2026-03-15T20:00:00Z", "planning_start": "2026-03-01T20:00:00Z", "practitioner_role_id": "role-ul-040"}');
CREATE TABLE fhir_slots (
            id TEXT PRIMARY KEY, schedule_id TEXT NOT NULL, role_id TEXT NOT NULL, practitioner_id TEXT NOT NULL,
            specialty TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL,
            status TEXT NOT NULL, lease_kiosk TEXT, lease_until TEXT,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL);
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020400','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T04:00:00.000000Z','2026-03-02T04:15:00.000000Z','busy',NULL,NULL,3,'2026-03-01T21:00:00.164599Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020415','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T04:15:00.000000Z','2026-03-02T04:30:00.000000Z','busy-tentative','k-old','2026-03-02T21:00:00.161835Z',2,'2026-03-01T21:00:00.161793Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020430','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T04:30:00.000000Z','2026-03-02T04:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020445','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T04:45:00.000000Z','2026-03-02T05:00:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020500','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T05:00:00.000000Z','2026-03-02T05:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020515','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T05:15:00.000000Z','2026-03-02T05:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020530','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T05:30:00.000000Z','2026-03-02T05:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020545','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T05:45:00.000000Z','2026-03-02T06:00:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020600','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T06:00:00.000000Z','2026-03-02T06:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020615','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T06:15:00.000000Z','2026-03-02T06:30:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020630','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T06:30:00.000000Z','2026-03-02T06:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020645','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T06:45:00.000000Z','2026-03-02T07:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020700','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T07:00:00.000000Z','2026-03-02T07:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020715','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T07:15:00.000000Z','2026-03-02T07:30:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020730','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T07:30:00.000000Z','2026-03-02T07:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020745','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T07:45:00.000000Z','2026-03-02T08:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020800','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T08:00:00.000000Z','2026-03-02T08:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020815','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T08:15:00.000000Z','2026-03-02T08:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020830','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T08:30:00.000000Z','2026-03-02T08:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020845','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T08:45:00.000000Z','2026-03-02T09:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020900','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T09:00:00.000000Z','2026-03-02T09:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020915','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T09:15:00.000000Z','2026-03-02T09:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020930','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T09:30:00.000000Z','2026-03-02T09:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603020945','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-02T09:45:00.000000Z','2026-03-02T10:00:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030400','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T04:00:00.000000Z','2026-03-03T04:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030415','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T04:15:00.000000Z','2026-03-03T04:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030430','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T04:30:00.000000Z','2026-03-03T04:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030445','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T04:45:00.000000Z','2026-03-03T05:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030500','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T05:00:00.000000Z','2026-03-03T05:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030515','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T05:15:00.000000Z','2026-03-03T05:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030530','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T05:30:00.000000Z','2026-03-03T05:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030545','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T05:45:00.000000Z','2026-03-03T06:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030600','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T06:00:00.000000Z','2026-03-03T06:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030615','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T06:15:00.000000Z','2026-03-03T06:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030630','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T06:30:00.000000Z','2026-03-03T06:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030645','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T06:45:00.000000Z','2026-03-03T07:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030700','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T07:00:00.000000Z','2026-03-03T07:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030715','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T07:15:00.000000Z','2026-03-03T07:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030730','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T07:30:00.000000Z','2026-03-03T07:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030745','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T07:45:00.000000Z','2026-03-03T08:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030800','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T08:00:00.000000Z','2026-03-03T08:15:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030815','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T08:15:00.000000Z','2026-03-03T08:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030830','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T08:30:00.000000Z','2026-03-03T08:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030845','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T08:45:00.000000Z','2026-03-03T09:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030900','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T09:00:00.000000Z','2026-03-03T09:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030915','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T09:15:00.000000Z','2026-03-03T09:30:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030930','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T09:30:00.000000Z','2026-03-03T09:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603030945','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-03T09:45:00.000000Z','2026-03-03T10:00:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040400','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T04:00:00.000000Z','2026-03-04T04:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040415','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T04:15:00.000000Z','2026-03-04T04:30:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040430','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T04:30:00.000000Z','2026-03-04T04:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040445','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T04:45:00.000000Z','2026-03-04T05:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040500','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T05:00:00.000000Z','2026-03-04T05:15:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040515','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T05:15:00.000000Z','2026-03-04T05:30:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040530','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T05:30:00.000000Z','2026-03-04T05:45:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040545','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T05:45:00.000000Z','2026-03-04T06:00:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040600','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T06:00:00.000000Z','2026-03-04T06:15:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040615','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T06:15:00.000000Z','2026-03-04T06:30:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040630','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T06:30:00.000000Z','2026-03-04T06:45:00.000000Z','free',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
INSERT INTO "fhir_slots" VALUES('slot-sch-ul-001-202603040645','sch-ul-001','role-ul-001','pr-ul-001','general-practice','2026-03-04T06:45:00.000000Z','2026-03-04T07:00:00.000000Z','busy',NULL,NULL,1,'2026-03-01T21:00:00.153964Z');
CREATE TABLE fhir_specialties (code TEXT PRIMARY KEY, system TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL);
INSERT INTO "fhir_specialties" VALUES('general-practice','https://demo.kiosk.example/fhir/CodeSystem/specialty','Терапевт','General practitioner');
INSERT INTO "fhir_specialties" VALUES('pediatrics','https://demo.kiosk.example/fhir/CodeSystem/specialty','Педиатр','Paediatrician');
INSERT INTO "fhir_specialties" VALUES('surgery','https://demo.kiosk.example/fhir/CodeSystem/specialty','Хирург','Surgeon');
INSERT INTO "fhir_specialties" VALUES('ophthalmology','https://demo.kiosk.example/fhir/CodeSystem/specialty','Офтальмолог','Ophthalmologist');
INSERT INTO "fhir_specialties" VALUES('neurology','https://demo.kiosk.example/fhir/CodeSystem/specialty','Невролог','Neurologist');
INSERT INTO "fhir_specialties" VALUES('otorhinolaryngology','https://demo.kiosk.example/fhir/CodeSystem/specialty','Оториноларинголог (ЛОР)','Otorhinolaryngologist (ENT)');
INSERT INTO "fhir_specialties" VALUES('cardiology','https://demo.kiosk.example/fhir/CodeSystem/specialty','Кардиолог','Cardiologist');
INSERT INTO "fhir_specialties" VALUES('endocrinology','https://demo.kiosk.example/fhir/CodeSystem/specialty','Эндокринолог','Endocrinologist');
INSERT INTO "fhir_specialties" VALUES('dermatovenereology','https://demo.kiosk.example/fhir/CodeSystem/specialty','Дерматовенеролог','Dermatovenereologist');
INSERT INTO "fhir_specialties" VALUES('dentistry','https://demo.kiosk.example/fhir/CodeSystem/specialty','Стоматолог','Dentist');
CREATE TABLE kiosks (
            kiosk_id TEXT PRIMARY KEY,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
INSERT INTO "kiosks" VALUES('k-old','acda7e6ae555a445a6372c8a8def98f8ecd743c13997879446fc94a7797b8013','2026-03-01T21:00:00.023Z',NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('feed_epoch','88653a2a02da7abb');
CREATE TABLE meter_reading_results (
            uuid TEXT NOT NULL,                  -- the submission
            idx INTEGER NOT NULL,                -- position of the reading in the payload
            meter_serial TEXT NOT NULL,
            zone TEXT NOT NULL,
            value TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('accepted', 'rejected', 'not_applied')),
            code TEXT, reason_ru TEXT, reason_en TEXT,
            period TEXT,                         -- YYYY-MM the reading counts for
            flags TEXT NOT NULL DEFAULT '[]',
            effective_capture TEXT NOT NULL,     -- the capture time the period was decided by
            PRIMARY KEY (uuid, idx)
        );
CREATE TABLE office_queue_ranges (
        kiosk_id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        range_index INTEGER NOT NULL CHECK (range_index BETWEEN 1 AND 9),
        assigned_at TEXT NOT NULL,
        UNIQUE (office_id, range_index)
    );
INSERT INTO "office_queue_ranges" VALUES('k-old','off-1',1,'2026-03-01T21:00:00.166Z');
CREATE TABLE office_queue_tickets (
        uuid TEXT PRIMARY KEY,               -- the ticket's outbox uuid at its kiosk
        office_id TEXT NOT NULL,
        service_day TEXT NOT NULL,           -- the office's local date
        ticket TEXT NOT NULL,
        category_id TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('office', 'kiosk')),
        issued_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'no_show', 'clash')),
        counter TEXT, called_at TEXT, finished_at TEXT,
        clash_of TEXT                        -- the uuid of the ticket that holds the number first
    );
CREATE TABLE ref_rows (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            dataset TEXT NOT NULL,
            data TEXT NOT NULL,                  -- canonical JSON of the kiosk table's row
            seq INTEGER NOT NULL,
            PRIMARY KEY (entity, id)
        );
INSERT INTO "ref_rows" VALUES('offices','off-1','offices','{"address_en":"Ulyanovsk, Goncharova St, 1","address_ru":"Ульяновск, ул. Гончарова, 1","hours_en":"","hours_ru":"","id":"off-1","name_en":"MFC No. 1","name_ru":"МФЦ №1","phone":"","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z"}',1);
INSERT INTO "ref_rows" VALUES('offices','off-2','offices','{"address_en":"Ulyanovsk, Goncharova St, 2","address_ru":"Ульяновск, ул. Гончарова, 2","hours_en":"","hours_ru":"","id":"off-2","name_en":"MFC No. 2","name_ru":"МФЦ №2","phone":"","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z"}',2);
INSERT INTO "ref_rows" VALUES('service_categories','cat-docs','catalogue','{"icon":"","id":"cat-docs","name_en":"Documents","name_ru":"Документы","queue_letter":"A","sort_order":1,"updated_at":"2026-11-01T00:00:00Z"}',3);
INSERT INTO "ref_rows" VALUES('service_categories','cat-family','catalogue','{"icon":"","id":"cat-family","name_en":"Family","name_ru":"Семья","queue_letter":"B","sort_order":2,"updated_at":"2026-11-01T00:00:00Z"}',4);
INSERT INTO "ref_rows" VALUES('life_situations','ls-baby','catalogue','{"description_en":"","description_ru":"","icon":"","id":"ls-baby","name_en":"Birth of a child","name_ru":"Рождение ребёнка","sort_order":1,"updated_at":"2026-11-01T00:00:00Z"}',5);
INSERT INTO "ref_rows" VALUES('services','svc-001','catalogue','{"category_id":"cat-docs","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-001","name_en":"Russian passport","name_ru":"Паспорт РФ","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}',6);
INSERT INTO "ref_rows" VALUES('services','svc-002','catalogue','{"category_id":"cat-family","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-002","name_en":"Childbirth allowance","name_ru":"Пособие при рождении","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}',7);
INSERT INTO "ref_rows" VALUES('services','svc-003','catalogue','{"category_id":"cat-docs","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-003","name_en":"SNILS","name_ru":"СНИЛС","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}',8);
INSERT INTO "ref_rows" VALUES('service_life_situations','svc-002|ls-baby','catalogue','{"service_id":"svc-002","situation_id":"ls-baby"}',9);
INSERT INTO "ref_rows" VALUES('service_offices','svc-001|off-1','catalogue','{"office_id":"off-1","service_id":"svc-001"}',10);
INSERT INTO "ref_rows" VALUES('service_offices','svc-002|off-1','catalogue','{"office_id":"off-1","service_id":"svc-002"}',11);
INSERT INTO "ref_rows" VALUES('service_offices','svc-003|off-1','catalogue','{"office_id":"off-1","service_id":"svc-003"}',12);
INSERT INTO "ref_rows" VALUES('utility_providers','up-energo','utilities','{"account_check":"none","account_pattern":"^\\d{10}$","id":"up-energo","jump_factor":3.0,"name_en":"Energosbyt","name_ru":"Энергосбыт","phone":"","services":"[\"electricity\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z","window_end_day":25,"window_start_day":20}',13);
CREATE TABLE submissions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,           -- the idempotency key
            kiosk_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            receipt_number TEXT,
            payload TEXT NOT NULL,               -- canonical JSON
            payload_sha256 TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('accepted', 'rejected')),
            status TEXT NOT NULL,
            server_ref TEXT UNIQUE,
            code TEXT, reason_ru TEXT, reason_en TEXT,
            received_at TEXT NOT NULL
        );
INSERT INTO "submissions" VALUES(1,'00000000-0000-0000-0000-000000000001','k-old','application','2026-03-01T20:30:00Z',NULL,'{"fields":{"n":1},"service_id":"svc-001"}','0d5394ebe7da01fb66690035caabf123763ee86d27e6ff467b34cc962def068b','accepted','received','RB-000001',NULL,NULL,NULL,'2026-03-01T21:00:00.030Z');
INSERT INTO "submissions" VALUES(2,'00000000-0000-0000-0000-000000000002','k-old','application','2026-03-01T20:30:00Z',NULL,'{"fields":{"n":2},"service_id":"svc-001"}','ce52cafc5dabf3aac8277b7933ea72eb8ece0f48644e6190fa3d2a86abef8fae','accepted','received','RB-000002',NULL,NULL,NULL,'2026-03-01T21:00:00.030Z');
CREATE TABLE util_accounts (
            id TEXT PRIMARY KEY,
            provider_id TEXT NOT NULL,
            account_number TEXT NOT NULL,
            house_norm TEXT NOT NULL,
            flat_norm TEXT NOT NULL,
            data TEXT NOT NULL,                  -- canonical JSON of the row as loaded
            UNIQUE (provider_id, account_number)
        );
INSERT INTO "util_accounts" VALUES('acc-el-01','util-energo','732312225103','12','34','{"account_number":"732312225103","address_en":"12 Goncharova St, apt 34, Ulyanovsk","address_ru":"г. Ульяновск, ул. Гончарова, д. 12, кв. 34","flat":"34","house":"12","id":"acc-el-01","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-01','util-vodokanal','74БИ312121','12','34','{"account_number":"74БИ312121","address_en":"12 Goncharova St, apt 34, Ulyanovsk","address_ru":"г. Ульяновск, ул. Гончарова, д. 12, кв. 34","flat":"34","house":"12","id":"acc-wt-01","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-01','util-teplogaz','553504164','12','34','{"account_number":"553504164","address_en":"12 Goncharova St, apt 34, Ulyanovsk","address_ru":"г. Ульяновск, ул. Гончарова, д. 12, кв. 34","flat":"34","house":"12","id":"acc-hg-01","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-02','util-energo','737387056549','8','5','{"account_number":"737387056549","address_en":"8 Karla Marksa St, apt 5, Ulyanovsk","address_ru":"г. Ульяновск, ул. Карла Маркса, д. 8, кв. 5","flat":"5","house":"8","id":"acc-el-02","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-02','util-vodokanal','73ВС366537','8','5','{"account_number":"73ВС366537","address_en":"8 Karla Marksa St, apt 5, Ulyanovsk","address_ru":"г. Ульяновск, ул. Карла Маркса, д. 8, кв. 5","flat":"5","house":"8","id":"acc-wt-02","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-02','util-teplogaz','918413375','8','5','{"account_number":"918413375","address_en":"8 Karla Marksa St, apt 5, Ulyanovsk","address_ru":"г. Ульяновск, ул. Карла Маркса, д. 8, кв. 5","flat":"5","house":"8","id":"acc-hg-02","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-03','util-energo','731879607661','75','112','{"account_number":"731879607661","address_en":"75 Narimanova Ave, apt 112, Ulyanovsk","address_ru":"г. Ульяновск, пр-т Нариманова, д. 75, кв. 112","flat":"112","house":"75","id":"acc-el-03","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-03','util-vodokanal','74ГЕ583519','75','112','{"account_number":"74ГЕ583519","address_en":"75 Narimanova Ave, apt 112, Ulyanovsk","address_ru":"г. Ульяновск, пр-т Нариманова, д. 75, кв. 112","flat":"112","house":"75","id":"acc-wt-03","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-03','util-teplogaz','232617549','75','112','{"account_number":"232617549","address_en":"75 Narimanova Ave, apt 112, Ulyanovsk","address_ru":"г. Ульяновск, пр-т Нариманова, д. 75, кв. 112","flat":"112","house":"75","id":"acc-hg-03","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-04','util-energo','731869978270','44к2','17','{"account_number":"731869978270","address_en":"44к2 Minaeva St, apt 17, Ulyanovsk","address_ru":"г. Ульяновск, ул. Минаева, д. 44к2, кв. 17","flat":"17","house":"44к2","id":"acc-el-04","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-04','util-vodokanal','73ДП561037','44к2','17','{"account_number":"73ДП561037","address_en":"44к2 Minaeva St, apt 17, Ulyanovsk","address_ru":"г. Ульяновск, ул. Минаева, д. 44к2, кв. 17","flat":"17","house":"44к2","id":"acc-wt-04","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-04','util-teplogaz','246406183','44к2','17','{"account_number":"246406183","address_en":"44к2 Minaeva St, apt 17, Ulyanovsk","address_ru":"г. Ульяновск, ул. Минаева, д. 44к2, кв. 17","flat":"17","house":"44к2","id":"acc-hg-04","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-05','util-energo','737912683338','61','203','{"account_number":"737912683338","address_en":"61 Moskovskoe Hwy, apt 203, Ulyanovsk","address_ru":"г. Ульяновск, Московское ш., д. 61, кв. 203","flat":"203","house":"61","id":"acc-el-05","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-05','util-vodokanal','74ЕГ250172','61','203','{"account_number":"74ЕГ250172","address_en":"61 Moskovskoe Hwy, apt 203, Ulyanovsk","address_ru":"г. Ульяновск, Московское ш., д. 61, кв. 203","flat":"203","house":"61","id":"acc-wt-05","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-05','util-teplogaz','422534745','61','203','{"account_number":"422534745","address_en":"61 Moskovskoe Hwy, apt 203, Ulyanovsk","address_ru":"г. Ульяновск, Московское ш., д. 61, кв. 203","flat":"203","house":"61","id":"acc-hg-05","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-06','util-energo','731963419718','21','48','{"account_number":"731963419718","address_en":"21 Ryabikova St, apt 48, Ulyanovsk","address_ru":"г. Ульяновск, ул. Рябикова, д. 21, кв. 48","flat":"48","house":"21","id":"acc-el-06","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-06','util-vodokanal','73ЖМ392661','21','48','{"account_number":"73ЖМ392661","address_en":"21 Ryabikova St, apt 48, Ulyanovsk","address_ru":"г. Ульяновск, ул. Рябикова, д. 21, кв. 48","flat":"48","house":"21","id":"acc-wt-06","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-06','util-teplogaz','717721285','21','48','{"account_number":"717721285","address_en":"21 Ryabikova St, apt 48, Ulyanovsk","address_ru":"г. Ульяновск, ул. Рябикова, д. 21, кв. 48","flat":"48","house":"21","id":"acc-hg-06","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-07','util-energo','736194450333','37','9','{"account_number":"736194450333","address_en":"37 Kamyshinskaya St, apt 9, Ulyanovsk","address_ru":"г. Ульяновск, ул. Камышинская, д. 37, кв. 9","flat":"9","house":"37","id":"acc-el-07","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-07','util-vodokanal','74ИБ464385','37','9','{"account_number":"74ИБ464385","address_en":"37 Kamyshinskaya St, apt 9, Ulyanovsk","address_ru":"г. Ульяновск, ул. Камышинская, д. 37, кв. 9","flat":"9","house":"37","id":"acc-wt-07","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-07','util-teplogaz','784390266','37','9','{"account_number":"784390266","address_en":"37 Kamyshinskaya St, apt 9, Ulyanovsk","address_ru":"г. Ульяновск, ул. Камышинская, д. 37, кв. 9","flat":"9","house":"37","id":"acc-hg-07","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-08','util-energo','737420965367','14','','{"account_number":"737420965367","address_en":"14 Zarechnaya St, Ulyanovsk","address_ru":"г. Ульяновск, ул. Заречная, д. 14","flat":"","house":"14","id":"acc-el-08","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-08','util-vodokanal','73КК434216','14','','{"account_number":"73КК434216","address_en":"14 Zarechnaya St, Ulyanovsk","address_ru":"г. Ульяновск, ул. Заречная, д. 14","flat":"","house":"14","id":"acc-wt-08","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-08','util-teplogaz','499459828','14','','{"account_number":"499459828","address_en":"14 Zarechnaya St, Ulyanovsk","address_ru":"г. Ульяновск, ул. Заречная, д. 14","flat":"","house":"14","id":"acc-hg-08","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-09','util-energo','736383681888','103','66','{"account_number":"736383681888","address_en":"103 Radishcheva St, apt 66, Ulyanovsk","address_ru":"г. Ульяновск, ул. Радищева, д. 103, кв. 66","flat":"66","house":"103","id":"acc-el-09","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-09','util-vodokanal','74ЛТ159108','103','66','{"account_number":"74ЛТ159108","address_en":"103 Radishcheva St, apt 66, Ulyanovsk","address_ru":"г. Ульяновск, ул. Радищева, д. 103, кв. 66","flat":"66","house":"103","id":"acc-wt-09","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-09','util-teplogaz','644472668','103','66','{"account_number":"644472668","address_en":"103 Radishcheva St, apt 66, Ulyanovsk","address_ru":"г. Ульяновск, ул. Радищева, д. 103, кв. 66","flat":"66","house":"103","id":"acc-hg-09","provider_id":"util-teplogaz"}');
INSERT INTO "util_accounts" VALUES('acc-el-10','util-energo','734477801389','6','81','{"account_number":"734477801389","address_en":"6 Ulyanovsky Ave, apt 81, Ulyanovsk","address_ru":"г. Ульяновск, пр-т Ульяновский, д. 6, кв. 81","flat":"81","house":"6","id":"acc-el-10","provider_id":"util-energo"}');
INSERT INTO "util_accounts" VALUES('acc-wt-10','util-vodokanal','73МЖ013392','6','81','{"account_number":"73МЖ013392","address_en":"6 Ulyanovsky Ave, apt 81, Ulyanovsk","address_ru":"г. Ульяновск, пр-т Ульяновский, д. 6, кв. 81","flat":"81","house":"6","id":"acc-wt-10","provider_id":"util-vodokanal"}');
INSERT INTO "util_accounts" VALUES('acc-hg-10','util-teplogaz','452438834','6','81','{"account_number":"452438834","address_en":"6 Ulyanovsky Ave, apt 81, Ulyanovsk","address_ru":"г. Ульяновск, пр-т Ульяновский, д. 6, кв. 81","flat":"81","house":"6","id":"acc-hg-10","provider_id":"util-teplogaz"}');
CREATE TABLE util_last_readings (
            meter_id TEXT NOT NULL REFERENCES util_meters(id),
            zone TEXT NOT NULL,
            value TEXT NOT NULL,                 -- decimal text
            read_on TEXT NOT NULL,               -- local date of the reading
            PRIMARY KEY (meter_id, zone)
        );
INSERT INTO "util_last_readings" VALUES('m-el-01','T1','99870.4','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-wt-01-cold-1','T1','479.532','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-wt-01-hot-1','T1','190.306','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-hg-01-gas','T1','5111.627','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-el-02','T1','9661.0','2026-02-24');
INSERT INTO "util_last_readings" VALUES('m-el-02','T2','24152.6','2026-02-24');
INSERT INTO "util_last_readings" VALUES('m-el-02','T3','14491.6','2026-02-24');
INSERT INTO "util_last_readings" VALUES('m-wt-02-cold-1','T1','859.754','2026-02-24');
INSERT INTO "util_last_readings" VALUES('m-wt-02-hot-1','T1','527.335','2026-02-24');
INSERT INTO "util_last_readings" VALUES('m-hg-02-gas','T1','4690.779','2026-02-24');
INSERT INTO "util_last_readings" VALUES('m-el-03','T1','58457.9','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-cold-1','T1','459.051','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-hot-1','T1','217.118','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-cold-2','T1','771.233','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-hot-2','T1','238.736','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-hg-03-heat','T1','35.153','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-el-04','T1','4789.3','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-el-04','T2','2052.6','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-wt-04-cold-1','T1','894.630','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-wt-04-hot-1','T1','76.148','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-hg-04-heat','T1','42.397','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-el-05','T1','2709.3','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-el-05','T2','6773.2','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-el-05','T3','4063.9','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-cold-1','T1','621.281','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-hot-1','T1','261.022','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-cold-2','T1','389.514','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-hot-2','T1','541.443','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-hg-05-heat','T1','39.984','2026-02-25');
INSERT INTO "util_last_readings" VALUES('m-el-06','T1','33177.6','2026-02-16');
INSERT INTO "util_last_readings" VALUES('m-wt-06-cold-1','T1','593.427','2026-02-16');
INSERT INTO "util_last_readings" VALUES('m-wt-06-hot-1','T1','276.998','2026-02-16');
INSERT INTO "util_last_readings" VALUES('m-hg-06-gas','T1','737.173','2026-02-16');
INSERT INTO "util_last_readings" VALUES('m-el-07','T1','33284.8','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-el-07','T2','14264.9','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-wt-07-cold-1','T1','738.543','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-wt-07-hot-1','T1','549.091','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-hg-07-heat','T1','29.560','2026-02-19');
INSERT INTO "util_last_readings" VALUES('m-el-08','T1','9614.6','2026-02-17');
INSERT INTO "util_last_readings" VALUES('m-el-08','T2','24036.5','2026-02-17');
INSERT INTO "util_last_readings" VALUES('m-el-08','T3','14421.9','2026-02-17');
INSERT INTO "util_last_readings" VALUES('m-wt-08-cold-1','T1','157.177','2026-02-17');
INSERT INTO "util_last_readings" VALUES('m-hg-08-gas','T1','7646.929','2026-02-17');
INSERT INTO "util_last_readings" VALUES('m-hg-08-heat','T1','52.211','2026-02-17');
INSERT INTO "util_last_readings" VALUES('m-el-09','T1','17716.8','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-cold-1','T1','849.589','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-hot-1','T1','184.348','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-cold-2','T1','865.697','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-hot-2','T1','288.226','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-hg-09-gas','T1','1190.332','2025-12-23');
INSERT INTO "util_last_readings" VALUES('m-el-10','T1','19333.2','2026-02-21');
INSERT INTO "util_last_readings" VALUES('m-el-10','T2','8285.6','2026-02-21');
INSERT INTO "util_last_readings" VALUES('m-wt-10-cold-1','T1','447.770','2026-02-21');
INSERT INTO "util_last_readings" VALUES('m-wt-10-hot-1','T1','115.336','2026-02-21');
INSERT INTO "util_last_readings" VALUES('m-hg-10-heat','T1','21.891','2026-02-21');
CREATE TABLE util_meters (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES util_accounts(id),
            serial TEXT NOT NULL,
            data TEXT NOT NULL
        );
INSERT INTO "util_meters" VALUES('m-el-01','acc-el-01','74454570','{"account_id":"acc-el-01","avg_monthly":280.0,"decimals":1,"digits":5,"id":"m-el-01","kind":"electricity","serial":"74454570","tariff_zones":1,"verification_due":"2035-06-25"}');
INSERT INTO "util_meters" VALUES('m-wt-01-cold-1','acc-wt-01','79511264','{"account_id":"acc-wt-01","avg_monthly":4.1,"decimals":3,"digits":5,"id":"m-wt-01-cold-1","kind":"cold_water","serial":"79511264","tariff_zones":1,"verification_due":"2030-07-25"}');
INSERT INTO "util_meters" VALUES('m-wt-01-hot-1','acc-wt-01','13410385','{"account_id":"acc-wt-01","avg_monthly":1.7,"decimals":3,"digits":5,"id":"m-wt-01-hot-1","kind":"hot_water","serial":"13410385","tariff_zones":1,"verification_due":"2029-09-27"}');
INSERT INTO "util_meters" VALUES('m-hg-01-gas','acc-hg-01','68187015','{"account_id":"acc-hg-01","avg_monthly":23.0,"decimals":3,"digits":5,"id":"m-hg-01-gas","kind":"gas","serial":"68187015","tariff_zones":1,"verification_due":"2028-04-20"}');
INSERT INTO "util_meters" VALUES('m-el-02','acc-el-02','22188550','{"account_id":"acc-el-02","avg_monthly":180.0,"decimals":1,"digits":6,"id":"m-el-02","kind":"electricity","serial":"22188550","tariff_zones":3,"verification_due":"2034-04-06"}');
INSERT INTO "util_meters" VALUES('m-wt-02-cold-1','acc-wt-02','40733904','{"account_id":"acc-wt-02","avg_monthly":5.1,"decimals":3,"digits":5,"id":"m-wt-02-cold-1","kind":"cold_water","serial":"40733904","tariff_zones":1,"verification_due":"2025-07-10"}');
INSERT INTO "util_meters" VALUES('m-wt-02-hot-1','acc-wt-02','46360750','{"account_id":"acc-wt-02","avg_monthly":1.5,"decimals":3,"digits":5,"id":"m-wt-02-hot-1","kind":"hot_water","serial":"46360750","tariff_zones":1,"verification_due":"2029-03-13"}');
INSERT INTO "util_meters" VALUES('m-hg-02-gas','acc-hg-02','92330572','{"account_id":"acc-hg-02","avg_monthly":15.0,"decimals":3,"digits":5,"id":"m-hg-02-gas","kind":"gas","serial":"92330572","tariff_zones":1,"verification_due":"2032-05-15"}');
INSERT INTO "util_meters" VALUES('m-el-03','acc-el-03','27704469','{"account_id":"acc-el-03","avg_monthly":320.0,"decimals":1,"digits":6,"id":"m-el-03","kind":"electricity","serial":"27704469","tariff_zones":1,"verification_due":"2024-10-09"}');
INSERT INTO "util_meters" VALUES('m-wt-03-cold-1','acc-wt-03','75376664','{"account_id":"acc-wt-03","avg_monthly":1.2,"decimals":3,"digits":5,"id":"m-wt-03-cold-1","kind":"cold_water","serial":"75376664","tariff_zones":1,"verification_due":"2031-12-19"}');
INSERT INTO "util_meters" VALUES('m-wt-03-hot-1','acc-wt-03','17481399','{"account_id":"acc-wt-03","avg_monthly":1.1,"decimals":3,"digits":5,"id":"m-wt-03-hot-1","kind":"hot_water","serial":"17481399","tariff_zones":1,"verification_due":"2029-06-07"}');
INSERT INTO "util_meters" VALUES('m-wt-03-cold-2','acc-wt-03','98937055','{"account_id":"acc-wt-03","avg_monthly":1.7,"decimals":3,"digits":5,"id":"m-wt-03-cold-2","kind":"cold_water","serial":"98937055","tariff_zones":1,"verification_due":"2031-05-24"}');
INSERT INTO "util_meters" VALUES('m-wt-03-hot-2','acc-wt-03','75676855','{"account_id":"acc-wt-03","avg_monthly":1.2,"decimals":3,"digits":5,"id":"m-wt-03-hot-2","kind":"hot_water","serial":"75676855","tariff_zones":1,"verification_due":"2026-06-17"}');
INSERT INTO "util_meters" VALUES('m-hg-03-heat','acc-hg-03','50309327','{"account_id":"acc-hg-03","avg_monthly":1.38,"decimals":3,"digits":6,"id":"m-hg-03-heat","kind":"heat","serial":"50309327","tariff_zones":1,"verification_due":"2029-10-18"}');
INSERT INTO "util_meters" VALUES('m-el-04','acc-el-04','22810951','{"account_id":"acc-el-04","avg_monthly":270.0,"decimals":1,"digits":7,"id":"m-el-04","kind":"electricity","serial":"22810951","tariff_zones":2,"verification_due":"2028-02-19"}');
INSERT INTO "util_meters" VALUES('m-wt-04-cold-1','acc-wt-04','96028631','{"account_id":"acc-wt-04","avg_monthly":3.6,"decimals":3,"digits":5,"id":"m-wt-04-cold-1","kind":"cold_water","serial":"96028631","tariff_zones":1,"verification_due":"2027-09-12"}');
INSERT INTO "util_meters" VALUES('m-wt-04-hot-1','acc-wt-04','49040051','{"account_id":"acc-wt-04","avg_monthly":2.0,"decimals":3,"digits":5,"id":"m-wt-04-hot-1","kind":"hot_water","serial":"49040051","tariff_zones":1,"verification_due":"2028-04-05"}');
INSERT INTO "util_meters" VALUES('m-hg-04-heat','acc-hg-04','89231551','{"account_id":"acc-hg-04","avg_monthly":0.9,"decimals":3,"digits":6,"id":"m-hg-04-heat","kind":"heat","serial":"89231551","tariff_zones":1,"verification_due":"2030-10-28"}');
INSERT INTO "util_meters" VALUES('m-el-05','acc-el-05','37588075','{"account_id":"acc-el-05","avg_monthly":330.0,"decimals":1,"digits":7,"id":"m-el-05","kind":"electricity","serial":"37588075","tariff_zones":3,"verification_due":"2038-06-26"}');
INSERT INTO "util_meters" VALUES('m-wt-05-cold-1','acc-wt-05','61458479','{"account_id":"acc-wt-05","avg_monthly":2.7,"decimals":3,"digits":5,"id":"m-wt-05-cold-1","kind":"cold_water","serial":"61458479","tariff_zones":1,"verification_due":"2026-03-31"}');
INSERT INTO "util_meters" VALUES('m-wt-05-hot-1','acc-wt-05','19642176','{"account_id":"acc-wt-05","avg_monthly":0.9,"decimals":3,"digits":5,"id":"m-wt-05-hot-1","kind":"hot_water","serial":"19642176","tariff_zones":1,"verification_due":"2027-01-23"}');
INSERT INTO "util_meters" VALUES('m-wt-05-cold-2','acc-wt-05','36394814','{"account_id":"acc-wt-05","avg_monthly":1.4,"decimals":3,"digits":5,"id":"m-wt-05-cold-2","kind":"cold_water","serial":"36394814","tariff_zones":1,"verification_due":"2028-11-21"}');
INSERT INTO "util_meters" VALUES('m-wt-05-hot-2','acc-wt-05','73190550','{"account_id":"acc-wt-05","avg_monthly":0.9,"decimals":3,"digits":5,"id":"m-wt-05-hot-2","kind":"hot_water","serial":"73190550","tariff_zones":1,"verification_due":"2029-06-25"}');
INSERT INTO "util_meters" VALUES('m-hg-05-heat','acc-hg-05','18982034','{"account_id":"acc-hg-05","avg_monthly":0.84,"decimals":3,"digits":6,"id":"m-hg-05-heat","kind":"heat","serial":"18982034","tariff_zones":1,"verification_due":"2028-10-01"}');
INSERT INTO "util_meters" VALUES('m-el-06','acc-el-06','82196960','{"account_id":"acc-el-06","avg_monthly":310.0,"decimals":1,"digits":5,"id":"m-el-06","kind":"electricity","serial":"82196960","tariff_zones":1,"verification_due":"2039-04-01"}');
INSERT INTO "util_meters" VALUES('m-wt-06-cold-1','acc-wt-06','52880575','{"account_id":"acc-wt-06","avg_monthly":3.8,"decimals":3,"digits":5,"id":"m-wt-06-cold-1","kind":"cold_water","serial":"52880575","tariff_zones":1,"verification_due":"2030-11-01"}');
INSERT INTO "util_meters" VALUES('m-wt-06-hot-1','acc-wt-06','10110953','{"account_id":"acc-wt-06","avg_monthly":2.4,"decimals":3,"digits":5,"id":"m-wt-06-hot-1","kind":"hot_water","serial":"10110953","tariff_zones":1,"verification_due":"2026-08-03"}');
INSERT INTO "util_meters" VALUES('m-hg-06-gas','acc-hg-06','38604309','{"account_id":"acc-hg-06","avg_monthly":11.0,"decimals":3,"digits":5,"id":"m-hg-06-gas","kind":"gas","serial":"38604309","tariff_zones":1,"verification_due":"2026-01-10"}');
INSERT INTO "util_meters" VALUES('m-el-07','acc-el-07','54011712','{"account_id":"acc-el-07","avg_monthly":280.0,"decimals":1,"digits":5,"id":"m-el-07","kind":"electricity","serial":"54011712","tariff_zones":2,"verification_due":"2027-04-28"}');
INSERT INTO "util_meters" VALUES('m-wt-07-cold-1','acc-wt-07','94811168','{"account_id":"acc-wt-07","avg_monthly":3.3,"decimals":3,"digits":5,"id":"m-wt-07-cold-1","kind":"cold_water","serial":"94811168","tariff_zones":1,"verification_due":"2028-05-09"}');
INSERT INTO "util_meters" VALUES('m-wt-07-hot-1','acc-wt-07','79913972','{"account_id":"acc-wt-07","avg_monthly":1.5,"decimals":3,"digits":5,"id":"m-wt-07-hot-1","kind":"hot_water","serial":"79913972","tariff_zones":1,"verification_due":"2026-08-02"}');
INSERT INTO "util_meters" VALUES('m-hg-07-heat','acc-hg-07','88081792','{"account_id":"acc-hg-07","avg_monthly":1.37,"decimals":3,"digits":6,"id":"m-hg-07-heat","kind":"heat","serial":"88081792","tariff_zones":1,"verification_due":"2029-07-03"}');
INSERT INTO "util_meters" VALUES('m-el-08','acc-el-08','58294650','{"account_id":"acc-el-08","avg_monthly":120.0,"decimals":1,"digits":6,"id":"m-el-08","kind":"electricity","serial":"58294650","tariff_zones":3,"verification_due":"2035-05-30"}');
INSERT INTO "util_meters" VALUES('m-wt-08-cold-1','acc-wt-08','75677867','{"account_id":"acc-wt-08","avg_monthly":2.8,"decimals":3,"digits":5,"id":"m-wt-08-cold-1","kind":"cold_water","serial":"75677867","tariff_zones":1,"verification_due":"2026-11-30"}');
INSERT INTO "util_meters" VALUES('m-hg-08-gas','acc-hg-08','39334038','{"account_id":"acc-hg-08","avg_monthly":247.0,"decimals":3,"digits":5,"id":"m-hg-08-gas","kind":"gas","serial":"39334038","tariff_zones":1,"verification_due":"2036-06-20"}');
INSERT INTO "util_meters" VALUES('m-hg-08-heat','acc-hg-08','37915162','{"account_id":"acc-hg-08","avg_monthly":0.65,"decimals":3,"digits":6,"id":"m-hg-08-heat","kind":"heat","serial":"37915162","tariff_zones":1,"verification_due":"2027-09-04"}');
INSERT INTO "util_meters" VALUES('m-el-09','acc-el-09','63211158','{"account_id":"acc-el-09","avg_monthly":240.0,"decimals":1,"digits":6,"id":"m-el-09","kind":"electricity","serial":"63211158","tariff_zones":1,"verification_due":"2037-08-03"}');
INSERT INTO "util_meters" VALUES('m-wt-09-cold-1','acc-wt-09','36237782','{"account_id":"acc-wt-09","avg_monthly":1.9,"decimals":3,"digits":5,"id":"m-wt-09-cold-1","kind":"cold_water","serial":"36237782","tariff_zones":1,"verification_due":"2032-01-02"}');
INSERT INTO "util_meters" VALUES('m-wt-09-hot-1','acc-wt-09','38992478','{"account_id":"acc-wt-09","avg_monthly":0.8,"decimals":3,"digits":5,"id":"m-wt-09-hot-1","kind":"hot_water","serial":"38992478","tariff_zones":1,"verification_due":"2024-03-26"}');
INSERT INTO "util_meters" VALUES('m-wt-09-cold-2','acc-wt-09','42638814','{"account_id":"acc-wt-09","avg_monthly":1.1,"decimals":3,"digits":5,"id":"m-wt-09-cold-2","kind":"cold_water","serial":"42638814","tariff_zones":1,"verification_due":"2031-06-13"}');
INSERT INTO "util_meters" VALUES('m-wt-09-hot-2','acc-wt-09','31343951','{"account_id":"acc-wt-09","avg_monthly":1.0,"decimals":3,"digits":5,"id":"m-wt-09-hot-2","kind":"hot_water","serial":"31343951","tariff_zones":1,"verification_due":"2028-03-31"}');
INSERT INTO "util_meters" VALUES('m-hg-09-gas','acc-hg-09','67620960','{"account_id":"acc-hg-09","avg_monthly":18.0,"decimals":3,"digits":5,"id":"m-hg-09-gas","kind":"gas","serial":"67620960","tariff_zones":1,"verification_due":"2034-07-02"}');
INSERT INTO "util_meters" VALUES('m-el-10','acc-el-10','32204771','{"account_id":"acc-el-10","avg_monthly":200.0,"decimals":1,"digits":7,"id":"m-el-10","kind":"electricity","serial":"32204771","tariff_zones":2,"verification_due":"2029-08-28"}');
INSERT INTO "util_meters" VALUES('m-wt-10-cold-1','acc-wt-10','98464614','{"account_id":"acc-wt-10","avg_monthly":2.7,"decimals":3,"digits":5,"id":"m-wt-10-cold-1","kind":"cold_water","serial":"98464614","tariff_zones":1,"verification_due":"2030-10-24"}');
INSERT INTO "util_meters" VALUES('m-wt-10-hot-1','acc-wt-10','40715423','{"account_id":"acc-wt-10","avg_monthly":1.8,"decimals":3,"digits":5,"id":"m-wt-10-hot-1","kind":"hot_water","serial":"40715423","tariff_zones":1,"verification_due":"2026-05-14"}');
INSERT INTO "util_meters" VALUES('m-hg-10-heat','acc-hg-10','46345167','{"account_id":"acc-hg-10","avg_monthly":0.61,"decimals":3,"digits":6,"id":"m-hg-10-heat","kind":"heat","serial":"46345167","tariff_zones":1,"verification_due":"2030-09-19"}');
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX submissions_receipt ON submissions(receipt_number);
CREATE INDEX changes_dataset_seq ON changes(dataset, seq);
CREATE INDEX util_meters_account ON util_meters(account_id);
CREATE INDEX auth_failures_address ON auth_failures(address, at);
CREATE INDEX auth_failures_at ON auth_failures(at);
CREATE UNIQUE INDEX office_queue_number ON office_queue_tickets(office_id, service_day, ticket) WHERE clash_of IS NULL;
CREATE INDEX office_queue_day ON office_queue_tickets(office_id, service_day, status, issued_at);
CREATE INDEX fhir_ref_updated ON fhir_ref(type, last_updated, id);
CREATE INDEX fhir_slots_schedule ON fhir_slots(schedule_id, start);
CREATE INDEX fhir_slots_practitioner ON fhir_slots(practitioner_id, start);
CREATE INDEX fhir_slots_updated ON fhir_slots(last_updated, id);
CREATE INDEX fhir_slots_status ON fhir_slots(status, start);
CREATE INDEX fhir_slots_lease ON fhir_slots(lease_kiosk, lease_until);
CREATE INDEX fhir_appt_ident ON fhir_appointments(ident_value, ident_system);
CREATE INDEX fhir_appt_patient ON fhir_appointments(patient_value, patient_system);
CREATE INDEX fhir_appt_updated ON fhir_appointments(last_updated, id);
CREATE UNIQUE INDEX fhir_appt_one_per_slot ON fhir_appointments(slot_id) WHERE status NOT IN ('cancelled', 'entered-in-error', 'noshow');
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('changes',13);
INSERT INTO "sqlite_sequence" VALUES('submissions',2);
COMMIT;
