// Fully populated sample records (every field set, Cyrillic text, unknown fields at the
// record and nested level) and a small consistent store, shared by the io tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "io/import.h"
#include "io/json_codec.h"
#include "model/store.h"

namespace card::samples {

// The bytes of a file of the source tree ("assets/demo.json"), "" when it cannot be read.
inline std::string SourceFileText(const std::string& relative) {
#ifdef CARD_SOURCE_DIR
    const std::string path = std::string(CARD_SOURCE_DIR) + "/" + relative;
#else
    std::string f = __FILE__;  // .../tests/unit/io_samples.h
    const std::string path = f.substr(0, f.find_last_of("/\\") + 1) + "../../" + relative;
#endif
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline Moment At(const char* iso) { return *Moment::Parse(iso); }
inline Date On(const char* ymd) { return *Date::Parse(ymd); }

inline Employee FullEmployee(const std::string& id = "e-1") {
    Employee r;
    r.id = id;
    r.name = "Иванова Мария Петровна";
    r.position = "Менеджер по продажам";
    r.department = "Отдел продаж";
    r.phone = "+7 (495) 123-45-67";
    r.email = "ivanova@example.ru";
    r.extra_json = R"({"x_badge":"№ 17","x_flags":[1,2,{"deep":true}]})";
    return r;
}

inline Client FullClient(const std::string& id = "c-1", const std::string& employee_id = "e-1") {
    Client r;
    r.id = id;
    r.name = "Ромашка";
    r.legal_name = "ООО «Ромашка»";
    r.kind = ClientKind::SoleTrader;
    r.inn = "7701234567";
    r.kpp = "770101001";
    r.ogrn = "1027700132195";
    r.legal_address = "г. Москва, ул. Тверская, д. 1";
    r.actual_address = "г. Москва, ул. Арбат, д. 2, офис \"5\"";
    r.phones = {"8 (495) 123-45-67", "+7 916 000-00-00"};
    r.emails = {"info@romashka.ru", "buh@romashka.ru"};
    r.website = "https://romashka.ru/";
    r.segment = "SMB";
    r.industry = "Розничная торговля";
    r.size = "50-100";
    r.source = "Выставка";
    r.status = ClientStatus::Prospect;
    r.tags = {"VIP", "1С:Бухгалтерия"};
    r.notes = "Многострочные\nзаметки\tс табуляцией и \\ обратной чертой";
    r.created_at = At("2026-11-27T10:30:00+03:00");
    Responsible resp;
    resp.employee_id = employee_id;
    resp.role = ResponsibleRole::ServiceEngineer;
    resp.extra_json = R"({"x_since":"2024-01-01"})";
    r.responsibles = {resp};
    Product prod;
    prod.name = "1С:Бухгалтерия";
    prod.version = "3.0.150";
    prod.licenses = 12;
    prod.notes = "ПРОФ";
    prod.extra_json = R"({"x_key":"ABC-123"})";
    r.products = {prod};
    Infobase ib;
    ib.name = "Бухгалтерия (рабочая)";
    ib.configuration = "БП 3.0";
    ib.version = "3.0.149.24";
    ib.needs_update = true;
    ib.updated_on = On("2024-02-29");
    ib.notes = "обновить до 3.0.150";
    ib.extra_json = R"({"x_path":"\\\\srv\\bases\\buh"})";
    r.infobases = {ib};
    r.extra_json = R"({"x_1c_ref":"e1cib/data/Справочник.Контрагенты?ref=8f3b","x_rating":4.5})";
    return r;
}

inline Contact FullContact(const std::string& id = "k-1", const std::string& client_id = "c-1") {
    Contact r;
    r.id = id;
    r.client_id = client_id;
    r.name = "Петров Пётр";
    r.position = "Главный бухгалтер";
    r.role = "ЛПР";
    r.phones = {"+7 495 1234567"};
    r.emails = {"petrov@romashka.ru"};
    r.primary = true;
    r.notes = "звонить после 14:00";
    r.extra_json = R"({"x_birthday":"1980-05-17"})";
    return r;
}

inline Interaction FullInteraction(const std::string& id = "i-1", const std::string& client_id = "c-1",
                                   const std::string& contact_id = "k-1", const std::string& interest_id = "d-1",
                                   const std::string& owner_id = "e-1") {
    Interaction r;
    r.id = id;
    r.client_id = client_id;
    r.contact_id = contact_id;
    r.interest_id = interest_id;
    r.type = InteractionType::Meeting;
    r.direction = Direction::Out;
    r.subject = "Презентация";
    r.body = "Обсудили переход на КОРП.\r\nСледующий шаг — КП.";
    r.result = "Договорились о демо «КОРП»; ждут КП до пятницы.";
    r.at = At("2026-11-27T10:30:00.250+03:00");
    r.duration_min = 90;
    r.status = InteractionStatus::Planned;
    r.owner_id = owner_id;
    Attachment a;
    a.name = "КП.pdf";
    a.mime = "application/pdf";
    a.data = "JVBERi0xLjQK";  // "%PDF-1.4\n"
    a.size = 9;
    a.extra_json = R"({"x_scanned":false})";
    r.attachments = {a};
    r.extra_json = R"({"x_room":"Переговорная 2"})";
    return r;
}

inline Interest FullInterest(const std::string& id = "d-1", const std::string& client_id = "c-1",
                             const std::string& responsible_id = "e-1") {
    Interest r;
    r.id = id;
    r.client_id = client_id;
    r.title = "Переход на КОРП";
    r.project = "Автоматизация учёта";
    r.responsible_id = responsible_id;
    r.state = InterestState::Negotiation;
    r.expected_revenue.minor = 150000050;  // 1 500 000.50
    r.expected_revenue.currency = "RUB";
    r.probability = 60;
    r.opened_on = On("2026-01-15");
    r.close_on = On("2026-12-31");
    r.notes = "бюджет согласован";
    r.extra_json = R"({"x_pipeline":"B2B"})";
    return r;
}

inline Relationship FullRelationship(const std::string& id = "r-1", const std::string& from = "c-1",
                                     const std::string& to = "c-2") {
    Relationship r;
    r.id = id;
    r.from_client_id = from;
    r.to_client_id = to;
    r.kind = RelationshipKind::ParentOf;
    r.note = "дочерняя компания";
    r.extra_json = R"({"x_share":51})";
    return r;
}

inline Contract FullContract(const std::string& id = "ct-1", const std::string& client_id = "c-1") {
    Contract r;
    r.id = id;
    r.client_id = client_id;
    r.kind = ContractKind::ServiceAgreement;
    r.number = "№ 15/2026-ИТС";
    r.title = "Договор сопровождения";
    r.signed_on = On("2026-01-10");
    r.valid_from = On("2026-02-01");
    r.valid_to = On("2027-01-31");
    r.status = ContractStatus::Active;
    r.has_amount = true;
    r.amount.minor = 12345678;  // 123 456.78
    r.amount.currency = "EUR";
    r.terms = "Скидка 10%; оплата 50/50; SLA 4 ч.";
    r.extra_json = R"({"x_scan":null})";
    return r;
}

inline HistoryEntry FullHistoryEntry(const std::string& id = "h-1", const std::string& client_id = "c-1") {
    HistoryEntry r;
    r.id = id;
    r.client_id = client_id;
    r.at = *Moment::Parse("2026-11-27T14:05:00+03:00");
    r.author_id = "e-1";
    r.author = "Иванова Мария";
    r.entity = "client";
    r.record_id = client_id;
    r.record = "Ромашка";
    r.action = "changed";
    r.field = "inn";
    r.old_value = "7701234567";
    r.new_value = "7702345678";
    r.origin = "undo";
    r.extra_json = R"({"x_reason":"опечатка"})";
    return r;
}

// A consistent store: two employees, two clients linked by a relationship, and one of
// everything else on the first client. Unknown top-level fields included.
// A bare link: `from` is `kind` to `to` (relationship and merge tests).
inline Relationship Link(const std::string& id, const std::string& from, RelationshipKind kind,
                         const std::string& to) {
    Relationship r;
    r.id = id;
    r.from_client_id = from;
    r.to_client_id = to;
    r.kind = kind;
    return r;
}

inline Store FullStore() {
    Store s;
    s.employees.Upsert(FullEmployee("e-1"));
    Employee e2 = FullEmployee("e-2");
    e2.name = "Сидоров Иван";
    e2.extra_json.clear();
    s.employees.Upsert(e2);
    s.clients.Upsert(FullClient("c-1", "e-1"));
    Client c2 = FullClient("c-2", "e-2");
    c2.name = "Василёк";
    s.clients.Upsert(c2);
    s.contacts.Upsert(FullContact("k-1", "c-1"));
    s.interests.Upsert(FullInterest("d-1", "c-1", "e-1"));
    s.interactions.Upsert(FullInteraction("i-1", "c-1", "k-1", "d-1", "e-1"));
    s.relationships.Upsert(FullRelationship("r-1", "c-1", "c-2"));
    s.contracts.Upsert(FullContract("ct-1", "c-1"));
    // Canonical form (keys sorted, compact), as the codec writes it.
    s.extra_json = R"({"x_meta":{"exported_by":"Администратор"},"x_source_system":"1С:Предприятие"})";
    return s;
}

inline const Moment kExportedAt = *Moment::Parse("2026-11-27T10:30:00+03:00");

}  // namespace card::samples
