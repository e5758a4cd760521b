// model/duplicates.h: the same INN and KPP, the same INN with another KPP (a branch), a
// phone in another format (the client's own or its contact's), empty values ignored, the
// client itself never its own duplicate, an import's new clients against the store.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/duplicates.h"

namespace {

using namespace card;

Client MakeClient(const std::string& id, const std::string& name, const std::string& inn = {},
                  const std::string& kpp = {}, std::vector<std::string> phones = {}) {
    Client c;
    c.id = id;
    c.name = name;
    c.inn = inn;
    c.kpp = kpp;
    c.phones = std::move(phones);
    return c;
}

Store Sample() {
    Store s;
    s.clients.Upsert(MakeClient("a", "Альфа", "7707083893", "770701001", {"+7 495 123-45-67"}));
    s.clients.Upsert(MakeClient("b", "Альфа, филиал", "7707083893", "771001001"));
    s.clients.Upsert(MakeClient("c", "Бета", "5024002119", "", {"8 (812) 555-00-11 доб. 3"}));
    s.clients.Upsert(MakeClient("d", "Гамма", "", "", {"", "нет"}));
    Contact k;
    k.id = "k1";
    k.client_id = "c";
    k.name = "Петров";
    k.phones = {"+7 916 000-11-22"};
    s.contacts.Upsert(k);
    Employee e;
    e.id = "e1";
    e.name = "Наш сотрудник";
    e.phone = "+7 495 999-88-77";
    s.employees.Upsert(e);
    return s;
}

}  // namespace

TEST_CASE("duplicates: same INN and KPP, and the same INN with another KPP as a branch") {
    const Store s = Sample();
    const auto m = FindDuplicates(s, MakeClient("new", "Новый", " 7707083893 ", "770701001"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].existing_id == "a");
    CHECK(m[0].reason == DuplicateReason::InnKpp);
    CHECK(m[0].value == "7707083893");
    CHECK(m[0].candidate_id == "new");
    CHECK(m[1].existing_id == "b");
    CHECK(m[1].reason == DuplicateReason::Inn);

    // Both without a KPP: the same company.
    const auto c = FindDuplicates(s, MakeClient("new", "Новый", "5024002119"));
    REQUIRE(c.size() == 1);
    CHECK(c[0].existing_id == "c");
    CHECK(c[0].reason == DuplicateReason::InnKpp);
    // A KPP on one side only (not typed in yet): the same company, not a branch.
    const auto one_side = FindDuplicates(s, MakeClient("new", "Новый", "5024002119", "502401001"));
    REQUIRE(one_side.size() == 1);
    CHECK(one_side[0].reason == DuplicateReason::InnKpp);
    const auto no_kpp = FindDuplicates(s, MakeClient("new", "Новый", "7707083893"));
    REQUIRE(no_kpp.size() == 2);
    CHECK(no_kpp[0].reason == DuplicateReason::InnKpp);
    CHECK(no_kpp[1].reason == DuplicateReason::InnKpp);
}

TEST_CASE("duplicates: a client is not its own duplicate; empty INNs and phones never match") {
    const Store s = Sample();
    const Client a = *s.clients.Find("a");
    const auto m = FindDuplicates(s, a);
    REQUIRE(m.size() == 1);  // only the branch
    CHECK(m[0].existing_id == "b");
    CHECK(FindDuplicates(s, MakeClient("new", "Пусто", "", "", {"", "  ", "abc"})).empty());
    CHECK(FindDuplicates(s, MakeClient("new", "Другой ИНН", "7736207543")).empty());
}

TEST_CASE("duplicates: a phone in another format, the client's own or its contact's, not an employee's") {
    const Store s = Sample();
    const auto own = FindDuplicates(s, MakeClient("new", "Новый", "", "", {"84951234567"}));
    REQUIRE(own.size() == 1);
    CHECK(own[0].existing_id == "a");
    CHECK(own[0].reason == DuplicateReason::Phone);
    CHECK(own[0].value == "+7 495 123-45-67");
    CHECK(own[0].contact_id.empty());

    // The extension does not matter (the company's line).
    const auto ext = FindDuplicates(s, MakeClient("new", "Новый", "", "", {"+7 (812) 555-0011"}));
    REQUIRE(ext.size() == 1);
    CHECK(ext[0].existing_id == "c");

    const auto contact = FindDuplicates(s, MakeClient("new", "Новый", "", "", {"8 916 000 11 22"}));
    REQUIRE(contact.size() == 1);
    CHECK(contact[0].existing_id == "c");
    CHECK(contact[0].contact_id == "k1");

    CHECK(FindDuplicates(s, MakeClient("new", "Новый", "", "", {"+7 495 999-88-77"})).empty());
    // A partial number is not a duplicate.
    CHECK(FindDuplicates(s, MakeClient("new", "Новый", "", "", {"123-45-67"})).empty());
}

TEST_CASE("duplicates: one match per existing client, the strongest reason first") {
    const Store s = Sample();
    const auto m = FindDuplicates(s, MakeClient("new", "Новый", "7707083893", "770701001", {"4951234567"}));
    REQUIRE(m.size() == 2);
    CHECK(m[0].existing_id == "a");
    CHECK(m[0].reason == DuplicateReason::InnKpp);
    CHECK(m[1].existing_id == "b");
    // Phone only, and an INN of another: sorted by reason.
    const auto mixed = FindDuplicates(s, MakeClient("new", "Новый", "5024002119", "", {"+74951234567"}));
    REQUIRE(mixed.size() == 2);
    CHECK(mixed[0].existing_id == "c");
    CHECK(mixed[1].existing_id == "a");
    CHECK(mixed[1].reason == DuplicateReason::Phone);
}

TEST_CASE("duplicates: the phone index is reused and follows the store") {
    Store s = Sample();
    PhoneIndex index;
    const Client candidate = MakeClient("new", "Новый", "", "", {"+7 999 111-22-33"});
    CHECK(FindDuplicates(s, candidate, index).empty());
    const uint64_t builds = index.builds();
    CHECK(FindDuplicates(s, candidate, index).empty());
    CHECK(index.builds() == builds);  // nothing changed: no rebuild
    Client d = *s.clients.Find("d");
    d.phones.push_back("8 999 111 22 33");
    s.clients.Upsert(d);
    const auto m = FindDuplicates(s, candidate, index);
    REQUIRE(m.size() == 1);
    CHECK(m[0].existing_id == "d");
}

TEST_CASE("duplicates: an import's new clients against the store; records already there are updates") {
    const Store s = Sample();
    std::vector<Client> incoming;
    incoming.push_back(MakeClient("a", "Альфа (обновлённая)", "7707083893", "770701001"));  // an update, not new
    incoming.push_back(MakeClient("x", "Икс", "5024002119"));
    incoming.push_back(MakeClient("y", "Игрек", "", "", {"+7 916 000-11-22"}));
    incoming.push_back(MakeClient("z", "Зет", "7736207543", "", {"+7 111 222-33-44"}));
    incoming.push_back(MakeClient("w", "Дубль", "7707083893", "770701001"));
    const auto m = FindImportDuplicates(s, incoming);
    REQUIRE(m.size() == 4);
    CHECK(m[0].candidate_id == "x");
    CHECK(m[0].existing_id == "c");
    CHECK(m[1].candidate_id == "y");
    CHECK(m[1].existing_id == "c");
    CHECK(m[1].reason == DuplicateReason::Phone);
    CHECK(m[2].candidate_id == "w");
    CHECK(m[2].existing_id == "a");
    CHECK(m[2].reason == DuplicateReason::InnKpp);
    CHECK(m[3].candidate_id == "w");
    CHECK(m[3].existing_id == "b");
    CHECK(m[3].reason == DuplicateReason::Inn);
    CHECK(FindImportDuplicates(Store{}, incoming).empty());
}
