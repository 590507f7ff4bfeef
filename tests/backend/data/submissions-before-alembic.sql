BEGIN TRANSACTION;
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
INSERT INTO "_sqlite_migrations" VALUES(1,'regional_backend','m001_initial','2026-12-08 01:21:03.907703+00:00');
INSERT INTO "_sqlite_migrations" VALUES(2,'regional_backend','m002_utility_accounts','2026-12-08 01:21:03.908208+00:00');
INSERT INTO "_sqlite_migrations" VALUES(3,'regional_backend','m003_auth_failures','2026-12-08 01:21:03.908604+00:00');
INSERT INTO "_sqlite_migrations" VALUES(4,'regional_backend','m004_office_queue','2026-12-08 01:21:03.909044+00:00');
INSERT INTO "_sqlite_migrations" VALUES(5,'regional_backend_fhir','m001_fhir','2026-12-08 01:21:03.912127+00:00');
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
INSERT INTO "changes" VALUES(1,'offices','offices','off-1','upsert','{"address_en":"Ulyanovsk, Goncharova St, 1","address_ru":"Ульяновск, ул. Гончарова, 1","hours_en":"","hours_ru":"","id":"off-1","name_en":"MFC No. 1","name_ru":"МФЦ №1","phone":"","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(2,'offices','offices','off-2','upsert','{"address_en":"Ulyanovsk, Goncharova St, 2","address_ru":"Ульяновск, ул. Гончарова, 2","hours_en":"","hours_ru":"","id":"off-2","name_en":"MFC No. 2","name_ru":"МФЦ №2","phone":"","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-01T00:00:00Z"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(3,'catalogue','service_categories','cat-docs','upsert','{"icon":"","id":"cat-docs","name_en":"Documents","name_ru":"Документы","queue_letter":"A","sort_order":1,"updated_at":"2026-11-01T00:00:00Z"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(4,'catalogue','service_categories','cat-family','upsert','{"icon":"","id":"cat-family","name_en":"Family","name_ru":"Семья","queue_letter":"B","sort_order":2,"updated_at":"2026-11-01T00:00:00Z"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(5,'catalogue','life_situations','ls-baby','upsert','{"description_en":"","description_ru":"","icon":"","id":"ls-baby","name_en":"Birth of a child","name_ru":"Рождение ребёнка","sort_order":1,"updated_at":"2026-11-01T00:00:00Z"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(6,'catalogue','services','svc-001','upsert','{"category_id":"cat-docs","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-001","name_en":"Russian passport","name_ru":"Паспорт РФ","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(7,'catalogue','services','svc-002','upsert','{"category_id":"cat-family","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-002","name_en":"Childbirth allowance","name_ru":"Пособие при рождении","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(8,'catalogue','services','svc-003','upsert','{"category_id":"cat-docs","description_en":"","description_ru":"","documents":"[]","fee_rub":0.0,"field_schema":"[]","id":"svc-003","name_en":"SNILS","name_ru":"СНИЛС","online_apply":1,"synonyms_en":"[]","synonyms_ru":"[]","term_days":5,"updated_at":"2026-11-01T00:00:00Z","who_en":"Citizens","who_ru":"Граждане РФ"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(9,'catalogue','service_life_situations','svc-002|ls-baby','upsert','{"service_id":"svc-002","situation_id":"ls-baby"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(10,'catalogue','service_offices','svc-001|off-1','upsert','{"office_id":"off-1","service_id":"svc-001"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(11,'catalogue','service_offices','svc-002|off-1','upsert','{"office_id":"off-1","service_id":"svc-002"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(12,'catalogue','service_offices','svc-003|off-1','upsert','{"office_id":"off-1","service_id":"svc-003"}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(13,'utilities','utility_providers','util-energo','upsert','{"account_check":"luhn","account_pattern":"^\\d{12}$","id":"util-energo","jump_factor":3.0,"name_en":"Ulyanovskenergo-Demo JSC","name_ru":"АО «Ульяновскэнерго-Демо»","phone":"+7 8422 50-00-01","services":"[\"electricity\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-21T06:00:00Z","window_end_day":25,"window_start_day":15}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(14,'utilities','utility_providers','util-vodokanal','upsert','{"account_check":"none","account_pattern":"^\\d{2}[А-Я]{2}\\d{6}$","id":"util-vodokanal","jump_factor":3.0,"name_en":"Ulyanovskvodokanal-Demo MUE","name_ru":"МУП «Ульяновскводоканал-Демо»","phone":"+7 8422 50-00-02","services":"[\"cold_water\", \"hot_water\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-21T06:00:00Z","window_end_day":25,"window_start_day":20}','2026-11-21T06:00:00.094Z');
INSERT INTO "changes" VALUES(15,'utilities','utility_providers','util-teplogaz','upsert','{"account_check":"none","account_pattern":"^\\d{9}$","id":"util-teplogaz","jump_factor":2.5,"name_en":"Simbirsk Heat and Gas Company-Demo LLC","name_ru":"ООО «Симбирская теплогазовая компания-Демо»","phone":"+7 8422 50-00-03","services":"[\"gas\", \"heat\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-21T06:00:00Z","window_end_day":25,"window_start_day":1}','2026-11-21T06:00:00.094Z');
CREATE TABLE fhir_appointments (
            id TEXT PRIMARY KEY, ident_system TEXT NOT NULL, ident_value TEXT NOT NULL,
            slot_id TEXT NOT NULL REFERENCES fhir_slots(id), patient_system TEXT, patient_value TEXT,
            status TEXT NOT NULL, kiosk_id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            data TEXT NOT NULL);
CREATE TABLE fhir_clock (id INTEGER PRIMARY KEY CHECK (id = 1), last TEXT NOT NULL);
INSERT INTO "fhir_clock" VALUES(1,'1970-01-01T00:00:00.000000Z');
CREATE TABLE fhir_ref (
            type TEXT NOT NULL, id TEXT NOT NULL,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            k_org TEXT, k_prac TEXT, k_role TEXT, k_spec TEXT,
            data TEXT NOT NULL,                    -- the kiosk store's row as JSON
            PRIMARY KEY (type, id));
CREATE TABLE fhir_slots (
            id TEXT PRIMARY KEY, schedule_id TEXT NOT NULL, role_id TEXT NOT NULL, practitioner_id TEXT NOT NULL,
            specialty TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL,
            status TEXT NOT NULL, lease_kiosk TEXT, lease_until TEXT,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL);
CREATE TABLE fhir_specialties (code TEXT PRIMARY KEY, system TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL);
CREATE TABLE kiosks (
            kiosk_id TEXT PRIMARY KEY,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('feed_epoch','d4dd49fc82d8ad39');
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
INSERT INTO "meter_reading_results" VALUES('00000000-0000-0000-0000-000000000004',0,'74454570','T1','99990.5','accepted',NULL,NULL,NULL,'2026-11','[]','2026-11-21T05:59:02.250000Z');
CREATE TABLE office_queue_ranges (
        kiosk_id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        range_index INTEGER NOT NULL CHECK (range_index BETWEEN 1 AND 9),
        assigned_at TEXT NOT NULL,
        UNIQUE (office_id, range_index)
    );
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
INSERT INTO "ref_rows" VALUES('utility_providers','util-energo','utilities','{"account_check":"luhn","account_pattern":"^\\d{12}$","id":"util-energo","jump_factor":3.0,"name_en":"Ulyanovskenergo-Demo JSC","name_ru":"АО «Ульяновскэнерго-Демо»","phone":"+7 8422 50-00-01","services":"[\"electricity\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-21T06:00:00Z","window_end_day":25,"window_start_day":15}',13);
INSERT INTO "ref_rows" VALUES('utility_providers','util-vodokanal','utilities','{"account_check":"none","account_pattern":"^\\d{2}[А-Я]{2}\\d{6}$","id":"util-vodokanal","jump_factor":3.0,"name_en":"Ulyanovskvodokanal-Demo MUE","name_ru":"МУП «Ульяновскводоканал-Демо»","phone":"+7 8422 50-00-02","services":"[\"cold_water\", \"hot_water\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-21T06:00:00Z","window_end_day":25,"window_start_day":20}',14);
INSERT INTO "ref_rows" VALUES('utility_providers','util-teplogaz','utilities','{"account_check":"none","account_pattern":"^\\d{9}$","id":"util-teplogaz","jump_factor":2.5,"name_en":"Simbirsk Heat and Gas Company-Demo LLC","name_ru":"ООО «Симбирская теплогазовая компания-Демо»","phone":"+7 8422 50-00-03","services":"[\"gas\", \"heat\"]","timezone":"Europe/Ulyanovsk","updated_at":"2026-11-21T06:00:00Z","window_end_day":25,"window_start_day":1}',15);
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
INSERT INTO "submissions" VALUES(1,'00000000-0000-0000-0000-000000000001','kiosk-1','application','2026-11-21T09:30:00Z','K7QW-3M2A-9XT0','{"fields":{"n":1},"service_id":"svc-001"}','0d5394ebe7da01fb66690035caabf123763ee86d27e6ff467b34cc962def068b','accepted','received','RB-000001',NULL,NULL,NULL,'2026-11-21T06:00:00.098Z');
INSERT INTO "submissions" VALUES(2,'00000000-0000-0000-0000-000000000002','kiosk-1','application','2026-11-21T12:30:00.250Z','K7QW-3M2A-9XT1','{"fields":{"n":2},"service_id":"svc-001"}','ce52cafc5dabf3aac8277b7933ea72eb8ece0f48644e6190fa3d2a86abef8fae','accepted','received','RB-000002',NULL,NULL,NULL,'2026-11-21T06:00:00.099Z');
INSERT INTO "submissions" VALUES(3,'00000000-0000-0000-0000-000000000003','kiosk-1','application','2026-12-31T23:59:60Z','K7QW-3M2A-9XT2','{"fields":{"n":3},"service_id":"svc-001"}','2119de5755bbc202086f8e6650a7883be5e5fc05b4bf80c0aa78cd7addd50641','accepted','received','RB-000003',NULL,NULL,NULL,'2026-11-21T06:00:00.099Z');
INSERT INTO "submissions" VALUES(4,'00000000-0000-0000-0000-000000000004','kiosk-1','meter_readings','2026-11-21T05:59:00Z',NULL,'{"account_number":"732312225103","captured_at":"2026-11-21T05:59:00Z","flat":"34","house":"12","kiosk_clock_offset_s":2.25,"provider_id":"util-energo","readings":[{"declared":null,"jump_confirmed":false,"meter_serial":"74454570","value":"99990.5","zone":"T1"}]}','33b69af8a86323ed70bd7b373f1a3bb4aa35683b33219d3ea61f311dbc9fe057','accepted','received','RB-000004',NULL,NULL,NULL,'2026-11-21T06:00:00.100Z');
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
INSERT INTO "util_last_readings" VALUES('m-el-01','T1','99990.5','2026-11-21');
INSERT INTO "util_last_readings" VALUES('m-wt-01-cold-1','T1','479.532','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-wt-01-hot-1','T1','190.306','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-hg-01-gas','T1','5111.627','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-el-02','T1','9661.0','2026-10-24');
INSERT INTO "util_last_readings" VALUES('m-el-02','T2','24152.6','2026-10-24');
INSERT INTO "util_last_readings" VALUES('m-el-02','T3','14491.6','2026-10-24');
INSERT INTO "util_last_readings" VALUES('m-wt-02-cold-1','T1','859.754','2026-10-24');
INSERT INTO "util_last_readings" VALUES('m-wt-02-hot-1','T1','527.335','2026-10-24');
INSERT INTO "util_last_readings" VALUES('m-hg-02-gas','T1','4690.779','2026-10-24');
INSERT INTO "util_last_readings" VALUES('m-el-03','T1','58457.9','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-cold-1','T1','459.051','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-hot-1','T1','217.118','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-cold-2','T1','771.233','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-03-hot-2','T1','238.736','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-hg-03-heat','T1','35.153','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-el-04','T1','4789.3','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-el-04','T2','2052.6','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-wt-04-cold-1','T1','894.630','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-wt-04-hot-1','T1','76.148','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-hg-04-heat','T1','42.397','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-el-05','T1','2709.3','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-el-05','T2','6773.2','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-el-05','T3','4063.9','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-cold-1','T1','621.281','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-hot-1','T1','261.022','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-cold-2','T1','389.514','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-wt-05-hot-2','T1','541.443','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-hg-05-heat','T1','39.984','2026-10-25');
INSERT INTO "util_last_readings" VALUES('m-el-06','T1','33177.6','2026-10-16');
INSERT INTO "util_last_readings" VALUES('m-wt-06-cold-1','T1','593.427','2026-10-16');
INSERT INTO "util_last_readings" VALUES('m-wt-06-hot-1','T1','276.998','2026-10-16');
INSERT INTO "util_last_readings" VALUES('m-hg-06-gas','T1','737.173','2026-10-16');
INSERT INTO "util_last_readings" VALUES('m-el-07','T1','33284.8','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-el-07','T2','14264.9','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-wt-07-cold-1','T1','738.543','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-wt-07-hot-1','T1','549.091','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-hg-07-heat','T1','29.560','2026-10-19');
INSERT INTO "util_last_readings" VALUES('m-el-08','T1','9614.6','2026-10-17');
INSERT INTO "util_last_readings" VALUES('m-el-08','T2','24036.5','2026-10-17');
INSERT INTO "util_last_readings" VALUES('m-el-08','T3','14421.9','2026-10-17');
INSERT INTO "util_last_readings" VALUES('m-wt-08-cold-1','T1','157.177','2026-10-17');
INSERT INTO "util_last_readings" VALUES('m-hg-08-gas','T1','7646.929','2026-10-17');
INSERT INTO "util_last_readings" VALUES('m-hg-08-heat','T1','52.211','2026-10-17');
INSERT INTO "util_last_readings" VALUES('m-el-09','T1','17716.8','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-cold-1','T1','849.589','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-hot-1','T1','184.348','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-cold-2','T1','865.697','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-wt-09-hot-2','T1','288.226','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-hg-09-gas','T1','1190.332','2026-08-23');
INSERT INTO "util_last_readings" VALUES('m-el-10','T1','19333.2','2026-10-21');
INSERT INTO "util_last_readings" VALUES('m-el-10','T2','8285.6','2026-10-21');
INSERT INTO "util_last_readings" VALUES('m-wt-10-cold-1','T1','447.770','2026-10-21');
INSERT INTO "util_last_readings" VALUES('m-wt-10-hot-1','T1','115.336','2026-10-21');
INSERT INTO "util_last_readings" VALUES('m-hg-10-heat','T1','21.891','2026-10-21');
CREATE TABLE util_meters (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES util_accounts(id),
            serial TEXT NOT NULL,
            data TEXT NOT NULL
        );
INSERT INTO "util_meters" VALUES('m-el-01','acc-el-01','74454570','{"account_id":"acc-el-01","avg_monthly":280.0,"decimals":1,"digits":5,"id":"m-el-01","kind":"electricity","serial":"74454570","tariff_zones":1,"verification_due":"2036-03-15"}');
INSERT INTO "util_meters" VALUES('m-wt-01-cold-1','acc-wt-01','79511264','{"account_id":"acc-wt-01","avg_monthly":4.1,"decimals":3,"digits":5,"id":"m-wt-01-cold-1","kind":"cold_water","serial":"79511264","tariff_zones":1,"verification_due":"2031-04-15"}');
INSERT INTO "util_meters" VALUES('m-wt-01-hot-1','acc-wt-01','13410385','{"account_id":"acc-wt-01","avg_monthly":1.7,"decimals":3,"digits":5,"id":"m-wt-01-hot-1","kind":"hot_water","serial":"13410385","tariff_zones":1,"verification_due":"2030-06-18"}');
INSERT INTO "util_meters" VALUES('m-hg-01-gas','acc-hg-01','68187015','{"account_id":"acc-hg-01","avg_monthly":23.0,"decimals":3,"digits":5,"id":"m-hg-01-gas","kind":"gas","serial":"68187015","tariff_zones":1,"verification_due":"2029-01-09"}');
INSERT INTO "util_meters" VALUES('m-el-02','acc-el-02','22188550','{"account_id":"acc-el-02","avg_monthly":180.0,"decimals":1,"digits":6,"id":"m-el-02","kind":"electricity","serial":"22188550","tariff_zones":3,"verification_due":"2034-12-26"}');
INSERT INTO "util_meters" VALUES('m-wt-02-cold-1','acc-wt-02','40733904','{"account_id":"acc-wt-02","avg_monthly":5.1,"decimals":3,"digits":5,"id":"m-wt-02-cold-1","kind":"cold_water","serial":"40733904","tariff_zones":1,"verification_due":"2026-03-31"}');
INSERT INTO "util_meters" VALUES('m-wt-02-hot-1','acc-wt-02','46360750','{"account_id":"acc-wt-02","avg_monthly":1.5,"decimals":3,"digits":5,"id":"m-wt-02-hot-1","kind":"hot_water","serial":"46360750","tariff_zones":1,"verification_due":"2029-12-02"}');
INSERT INTO "util_meters" VALUES('m-hg-02-gas','acc-hg-02','92330572','{"account_id":"acc-hg-02","avg_monthly":15.0,"decimals":3,"digits":5,"id":"m-hg-02-gas","kind":"gas","serial":"92330572","tariff_zones":1,"verification_due":"2033-02-03"}');
INSERT INTO "util_meters" VALUES('m-el-03','acc-el-03','27704469','{"account_id":"acc-el-03","avg_monthly":320.0,"decimals":1,"digits":6,"id":"m-el-03","kind":"electricity","serial":"27704469","tariff_zones":1,"verification_due":"2025-06-30"}');
INSERT INTO "util_meters" VALUES('m-wt-03-cold-1','acc-wt-03','75376664','{"account_id":"acc-wt-03","avg_monthly":1.2,"decimals":3,"digits":5,"id":"m-wt-03-cold-1","kind":"cold_water","serial":"75376664","tariff_zones":1,"verification_due":"2032-09-08"}');
INSERT INTO "util_meters" VALUES('m-wt-03-hot-1','acc-wt-03','17481399','{"account_id":"acc-wt-03","avg_monthly":1.1,"decimals":3,"digits":5,"id":"m-wt-03-hot-1","kind":"hot_water","serial":"17481399","tariff_zones":1,"verification_due":"2030-02-26"}');
INSERT INTO "util_meters" VALUES('m-wt-03-cold-2','acc-wt-03','98937055','{"account_id":"acc-wt-03","avg_monthly":1.7,"decimals":3,"digits":5,"id":"m-wt-03-cold-2","kind":"cold_water","serial":"98937055","tariff_zones":1,"verification_due":"2032-02-12"}');
INSERT INTO "util_meters" VALUES('m-wt-03-hot-2','acc-wt-03','75676855','{"account_id":"acc-wt-03","avg_monthly":1.2,"decimals":3,"digits":5,"id":"m-wt-03-hot-2","kind":"hot_water","serial":"75676855","tariff_zones":1,"verification_due":"2027-03-08"}');
INSERT INTO "util_meters" VALUES('m-hg-03-heat','acc-hg-03','50309327','{"account_id":"acc-hg-03","avg_monthly":1.38,"decimals":3,"digits":6,"id":"m-hg-03-heat","kind":"heat","serial":"50309327","tariff_zones":1,"verification_due":"2030-07-09"}');
INSERT INTO "util_meters" VALUES('m-el-04','acc-el-04','22810951','{"account_id":"acc-el-04","avg_monthly":270.0,"decimals":1,"digits":7,"id":"m-el-04","kind":"electricity","serial":"22810951","tariff_zones":2,"verification_due":"2028-11-09"}');
INSERT INTO "util_meters" VALUES('m-wt-04-cold-1','acc-wt-04','96028631','{"account_id":"acc-wt-04","avg_monthly":3.6,"decimals":3,"digits":5,"id":"m-wt-04-cold-1","kind":"cold_water","serial":"96028631","tariff_zones":1,"verification_due":"2028-06-02"}');
INSERT INTO "util_meters" VALUES('m-wt-04-hot-1','acc-wt-04','49040051','{"account_id":"acc-wt-04","avg_monthly":2.0,"decimals":3,"digits":5,"id":"m-wt-04-hot-1","kind":"hot_water","serial":"49040051","tariff_zones":1,"verification_due":"2028-12-25"}');
INSERT INTO "util_meters" VALUES('m-hg-04-heat','acc-hg-04','89231551','{"account_id":"acc-hg-04","avg_monthly":0.9,"decimals":3,"digits":6,"id":"m-hg-04-heat","kind":"heat","serial":"89231551","tariff_zones":1,"verification_due":"2031-07-19"}');
INSERT INTO "util_meters" VALUES('m-el-05','acc-el-05','37588075','{"account_id":"acc-el-05","avg_monthly":330.0,"decimals":1,"digits":7,"id":"m-el-05","kind":"electricity","serial":"37588075","tariff_zones":3,"verification_due":"2039-03-17"}');
INSERT INTO "util_meters" VALUES('m-wt-05-cold-1','acc-wt-05','61458479','{"account_id":"acc-wt-05","avg_monthly":2.7,"decimals":3,"digits":5,"id":"m-wt-05-cold-1","kind":"cold_water","serial":"61458479","tariff_zones":1,"verification_due":"2026-12-20"}');
INSERT INTO "util_meters" VALUES('m-wt-05-hot-1','acc-wt-05','19642176','{"account_id":"acc-wt-05","avg_monthly":0.9,"decimals":3,"digits":5,"id":"m-wt-05-hot-1","kind":"hot_water","serial":"19642176","tariff_zones":1,"verification_due":"2027-10-14"}');
INSERT INTO "util_meters" VALUES('m-wt-05-cold-2','acc-wt-05','36394814','{"account_id":"acc-wt-05","avg_monthly":1.4,"decimals":3,"digits":5,"id":"m-wt-05-cold-2","kind":"cold_water","serial":"36394814","tariff_zones":1,"verification_due":"2029-08-12"}');
INSERT INTO "util_meters" VALUES('m-wt-05-hot-2','acc-wt-05','73190550','{"account_id":"acc-wt-05","avg_monthly":0.9,"decimals":3,"digits":5,"id":"m-wt-05-hot-2","kind":"hot_water","serial":"73190550","tariff_zones":1,"verification_due":"2030-03-16"}');
INSERT INTO "util_meters" VALUES('m-hg-05-heat','acc-hg-05','18982034','{"account_id":"acc-hg-05","avg_monthly":0.84,"decimals":3,"digits":6,"id":"m-hg-05-heat","kind":"heat","serial":"18982034","tariff_zones":1,"verification_due":"2029-06-22"}');
INSERT INTO "util_meters" VALUES('m-el-06','acc-el-06','82196960','{"account_id":"acc-el-06","avg_monthly":310.0,"decimals":1,"digits":5,"id":"m-el-06","kind":"electricity","serial":"82196960","tariff_zones":1,"verification_due":"2039-12-21"}');
INSERT INTO "util_meters" VALUES('m-wt-06-cold-1','acc-wt-06','52880575','{"account_id":"acc-wt-06","avg_monthly":3.8,"decimals":3,"digits":5,"id":"m-wt-06-cold-1","kind":"cold_water","serial":"52880575","tariff_zones":1,"verification_due":"2031-07-23"}');
INSERT INTO "util_meters" VALUES('m-wt-06-hot-1','acc-wt-06','10110953','{"account_id":"acc-wt-06","avg_monthly":2.4,"decimals":3,"digits":5,"id":"m-wt-06-hot-1","kind":"hot_water","serial":"10110953","tariff_zones":1,"verification_due":"2027-04-24"}');
INSERT INTO "util_meters" VALUES('m-hg-06-gas','acc-hg-06','38604309','{"account_id":"acc-hg-06","avg_monthly":11.0,"decimals":3,"digits":5,"id":"m-hg-06-gas","kind":"gas","serial":"38604309","tariff_zones":1,"verification_due":"2026-10-01"}');
INSERT INTO "util_meters" VALUES('m-el-07','acc-el-07','54011712','{"account_id":"acc-el-07","avg_monthly":280.0,"decimals":1,"digits":5,"id":"m-el-07","kind":"electricity","serial":"54011712","tariff_zones":2,"verification_due":"2028-01-17"}');
INSERT INTO "util_meters" VALUES('m-wt-07-cold-1','acc-wt-07','94811168','{"account_id":"acc-wt-07","avg_monthly":3.3,"decimals":3,"digits":5,"id":"m-wt-07-cold-1","kind":"cold_water","serial":"94811168","tariff_zones":1,"verification_due":"2029-01-28"}');
INSERT INTO "util_meters" VALUES('m-wt-07-hot-1','acc-wt-07','79913972','{"account_id":"acc-wt-07","avg_monthly":1.5,"decimals":3,"digits":5,"id":"m-wt-07-hot-1","kind":"hot_water","serial":"79913972","tariff_zones":1,"verification_due":"2027-04-23"}');
INSERT INTO "util_meters" VALUES('m-hg-07-heat','acc-hg-07','88081792','{"account_id":"acc-hg-07","avg_monthly":1.37,"decimals":3,"digits":6,"id":"m-hg-07-heat","kind":"heat","serial":"88081792","tariff_zones":1,"verification_due":"2030-03-24"}');
INSERT INTO "util_meters" VALUES('m-el-08','acc-el-08','58294650','{"account_id":"acc-el-08","avg_monthly":120.0,"decimals":1,"digits":6,"id":"m-el-08","kind":"electricity","serial":"58294650","tariff_zones":3,"verification_due":"2036-02-18"}');
INSERT INTO "util_meters" VALUES('m-wt-08-cold-1','acc-wt-08','75677867','{"account_id":"acc-wt-08","avg_monthly":2.8,"decimals":3,"digits":5,"id":"m-wt-08-cold-1","kind":"cold_water","serial":"75677867","tariff_zones":1,"verification_due":"2027-08-21"}');
INSERT INTO "util_meters" VALUES('m-hg-08-gas','acc-hg-08','39334038','{"account_id":"acc-hg-08","avg_monthly":247.0,"decimals":3,"digits":5,"id":"m-hg-08-gas","kind":"gas","serial":"39334038","tariff_zones":1,"verification_due":"2037-03-11"}');
INSERT INTO "util_meters" VALUES('m-hg-08-heat','acc-hg-08','37915162','{"account_id":"acc-hg-08","avg_monthly":0.65,"decimals":3,"digits":6,"id":"m-hg-08-heat","kind":"heat","serial":"37915162","tariff_zones":1,"verification_due":"2028-05-25"}');
INSERT INTO "util_meters" VALUES('m-el-09','acc-el-09','63211158','{"account_id":"acc-el-09","avg_monthly":240.0,"decimals":1,"digits":6,"id":"m-el-09","kind":"electricity","serial":"63211158","tariff_zones":1,"verification_due":"2038-04-24"}');
INSERT INTO "util_meters" VALUES('m-wt-09-cold-1','acc-wt-09','36237782','{"account_id":"acc-wt-09","avg_monthly":1.9,"decimals":3,"digits":5,"id":"m-wt-09-cold-1","kind":"cold_water","serial":"36237782","tariff_zones":1,"verification_due":"2032-09-22"}');
INSERT INTO "util_meters" VALUES('m-wt-09-hot-1','acc-wt-09','38992478','{"account_id":"acc-wt-09","avg_monthly":0.8,"decimals":3,"digits":5,"id":"m-wt-09-hot-1","kind":"hot_water","serial":"38992478","tariff_zones":1,"verification_due":"2024-12-15"}');
INSERT INTO "util_meters" VALUES('m-wt-09-cold-2','acc-wt-09','42638814','{"account_id":"acc-wt-09","avg_monthly":1.1,"decimals":3,"digits":5,"id":"m-wt-09-cold-2","kind":"cold_water","serial":"42638814","tariff_zones":1,"verification_due":"2032-03-03"}');
INSERT INTO "util_meters" VALUES('m-wt-09-hot-2','acc-wt-09','31343951','{"account_id":"acc-wt-09","avg_monthly":1.0,"decimals":3,"digits":5,"id":"m-wt-09-hot-2","kind":"hot_water","serial":"31343951","tariff_zones":1,"verification_due":"2028-12-20"}');
INSERT INTO "util_meters" VALUES('m-hg-09-gas','acc-hg-09','67620960','{"account_id":"acc-hg-09","avg_monthly":18.0,"decimals":3,"digits":5,"id":"m-hg-09-gas","kind":"gas","serial":"67620960","tariff_zones":1,"verification_due":"2035-03-23"}');
INSERT INTO "util_meters" VALUES('m-el-10','acc-el-10','32204771','{"account_id":"acc-el-10","avg_monthly":200.0,"decimals":1,"digits":7,"id":"m-el-10","kind":"electricity","serial":"32204771","tariff_zones":2,"verification_due":"2030-05-19"}');
INSERT INTO "util_meters" VALUES('m-wt-10-cold-1','acc-wt-10','98464614','{"account_id":"acc-wt-10","avg_monthly":2.7,"decimals":3,"digits":5,"id":"m-wt-10-cold-1","kind":"cold_water","serial":"98464614","tariff_zones":1,"verification_due":"2031-07-15"}');
INSERT INTO "util_meters" VALUES('m-wt-10-hot-1','acc-wt-10','40715423','{"account_id":"acc-wt-10","avg_monthly":1.8,"decimals":3,"digits":5,"id":"m-wt-10-hot-1","kind":"hot_water","serial":"40715423","tariff_zones":1,"verification_due":"2027-02-02"}');
INSERT INTO "util_meters" VALUES('m-hg-10-heat','acc-hg-10','46345167','{"account_id":"acc-hg-10","avg_monthly":0.61,"decimals":3,"digits":6,"id":"m-hg-10-heat","kind":"heat","serial":"46345167","tariff_zones":1,"verification_due":"2031-06-10"}');
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
INSERT INTO "sqlite_sequence" VALUES('changes',15);
INSERT INTO "sqlite_sequence" VALUES('submissions',4);
COMMIT;
