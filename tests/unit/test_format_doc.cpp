// Keeps docs/client-card.schema.json and docs/FORMAT.md in step with the codec:
// - the property names the encoder writes for a fully populated record of each entity
//   (and nested object) are exactly those the schema declares;
// - every enumeration list in the schema equals EnumNames<E>, and fields point at the
//   right one;
// - the schema's "required" lists are exactly the fields whose absence (or null) the
//   decoder refuses;
// - docs/FORMAT.md mentions every field and enumeration value and the limits.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "io_samples.h"

using namespace card;
using namespace card::samples;

namespace {

std::string DocsDir() {
#ifdef CARD_SOURCE_DIR
    return std::string(CARD_SOURCE_DIR) + "/docs/";
#else
    std::string f = __FILE__;  // .../tests/unit/test_format_doc.cpp
    return f.substr(0, f.find_last_of("/\\") + 1) + "../../docs/";
#endif
}

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const Json& Schema() {
    static const Json schema = [] {
        Json j;
        std::string err;
        const std::string text = ReadFile(DocsDir() + "client-card.schema.json");
        if (!ParseJson(text, j, err)) j = Json::object();
        return j;
    }();
    return schema;
}

// $defs/<name>, or an empty object (the checks then fail with the name).
const Json& Def(const std::string& name) {
    static const Json kEmpty = Json::object();
    const Json& s = Schema();
    auto defs = s.find("$defs");
    if (defs == s.end() || !defs->is_object()) return kEmpty;
    auto it = defs->find(name);
    return it == defs->end() ? kEmpty : *it;
}

std::set<std::string> Keys(const Json& obj) {
    std::set<std::string> out;
    if (obj.is_object())
        for (auto it = obj.begin(); it != obj.end(); ++it) out.insert(it.key());
    return out;
}

std::set<std::string> SchemaProperties(const std::string& def) {
    const Json& d = Def(def);
    auto p = d.find("properties");
    return p == d.end() ? std::set<std::string>{} : Keys(*p);
}

std::set<std::string> SchemaRequired(const std::string& def) {
    std::set<std::string> out;
    const Json& d = Def(def);
    auto r = d.find("required");
    if (r != d.end() && r->is_array())
        for (const Json& v : *r)
            if (const auto* s = v.get_ptr<const std::string*>()) out.insert(*s);
    return out;
}

std::string Join(const std::set<std::string>& s) {
    std::string out;
    for (const auto& k : s) out += (out.empty() ? "" : ", ") + k;
    return out;
}

template <class T>
T WithoutExtra(T r) {
    r.extra_json.clear();
    return r;
}

Client FullClientNoExtra() {
    Client c = WithoutExtra(FullClient());
    for (auto& x : c.responsibles) x.extra_json.clear();
    for (auto& x : c.products) x.extra_json.clear();
    for (auto& x : c.infobases) x.extra_json.clear();
    return c;
}

Interaction FullInteractionNoExtra() {
    Interaction i = WithoutExtra(FullInteraction());
    for (auto& x : i.attachments) x.extra_json.clear();
    return i;
}

// A fully populated record of each entity as the encoder writes it, by schema name.
std::vector<std::pair<std::string, Json>> EncodedEntities() {
    return {
        {"employee", EncodeRecord(WithoutExtra(FullEmployee()))},
        {"client", EncodeRecord(FullClientNoExtra())},
        {"contact", EncodeRecord(WithoutExtra(FullContact()))},
        {"interaction", EncodeRecord(FullInteractionNoExtra())},
        {"interest", EncodeRecord(WithoutExtra(FullInterest()))},
        {"relationship", EncodeRecord(WithoutExtra(FullRelationship()))},
        {"contract", EncodeRecord(WithoutExtra(FullContract()))},
        {"history_entry", EncodeRecord(WithoutExtra(FullHistoryEntry()))},
    };
}

// Decodes `j` as the entity named `def`.
bool DecodeAs(const std::string& def, const Json& j, std::string& err) {
    const std::string where = def + "s[0]";
    if (def == "employee") { Employee r; return DecodeRecord(j, where, r, err); }
    if (def == "client") { Client r; return DecodeRecord(j, where, r, err); }
    if (def == "contact") { Contact r; return DecodeRecord(j, where, r, err); }
    if (def == "interaction") { Interaction r; return DecodeRecord(j, where, r, err); }
    if (def == "interest") { Interest r; return DecodeRecord(j, where, r, err); }
    if (def == "relationship") { Relationship r; return DecodeRecord(j, where, r, err); }
    if (def == "contract") { Contract r; return DecodeRecord(j, where, r, err); }
    if (def == "history_entry") { HistoryEntry r; return DecodeRecord(j, where, r, err); }
    err = "no such entity " + def;
    return false;
}

// Nested objects: schema name, the entity holding it, and where in that entity.
struct Nested {
    const char* def;
    const char* parent;
    const char* field;  // an array of objects, or a single object (money)
};
const Nested kNested[] = {
    {"responsible", "client", "responsibles"},
    {"product", "client", "products"},
    {"infobase", "client", "infobases"},
    {"attachment", "interaction", "attachments"},
    {"money", "interest", "expected_revenue"},
};

Json& NestedObject(Json& parent, const char* field) {
    Json& v = parent[field];
    return v.is_array() ? v[0] : v;
}

template <class E>
void CheckEnum(const char* def) {
    INFO("enum " << std::string(def));
    std::vector<std::string> expected;
    for (size_t i = 0; i < EnumNames<E>::count; ++i) expected.emplace_back(EnumNames<E>::values[i]);
    std::vector<std::string> documented;
    const Json& d = Def(def);
    auto e = d.find("enum");
    REQUIRE(e != d.end());
    REQUIRE(e->is_array());
    for (const Json& v : *e)
        if (const auto* s = v.get_ptr<const std::string*>()) documented.push_back(*s);
    CHECK(documented == expected);
}

// True when the schema of `def`.`field` refers to $defs/<target> (directly or in anyOf).
bool RefersTo(const std::string& def, const std::string& field, const std::string& target) {
    const Json& d = Def(def);
    auto p = d.find("properties");
    if (p == d.end() || !p->contains(field)) return false;
    const std::string want = "#/$defs/" + target;
    const std::string dumped = DumpJson((*p)[field]);
    return dumped.find("\"" + want + "\"") != std::string::npos;
}

}  // namespace

TEST_CASE("the schema file is there and is draft 2020-12") {
    INFO("docs dir: " << DocsDir());
    const Json& s = Schema();
    REQUIRE(s.is_object());
    REQUIRE(s.contains("$schema"));
    CHECK(s["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    REQUIRE(s.contains("properties"));
    CHECK(s["properties"]["format"]["const"] == "client-card");
    CHECK(s["properties"]["version"]["const"] == 1);
}

TEST_CASE("the encoder writes exactly the properties the schema declares") {
    for (const auto& [def, encoded] : EncodedEntities()) {
        INFO("entity " << def << ": encoder writes " << Join(Keys(encoded)) << "; schema declares "
                       << Join(SchemaProperties(def)));
        CHECK(Keys(encoded) == SchemaProperties(def));
    }
    for (const Nested& n : kNested) {
        Json parent;
        for (const auto& [def, encoded] : EncodedEntities())
            if (def == n.parent) parent = encoded;
        const Json& obj = NestedObject(parent, n.field);
        INFO("nested " << std::string(n.def) << ": encoder writes " << Join(Keys(obj)) << "; schema declares "
                       << Join(SchemaProperties(n.def)));
        CHECK(Keys(obj) == SchemaProperties(n.def));
        CHECK(RefersTo(n.parent, n.field, n.def));
    }
    // The top level of an export, with every collection.
    Store s = FullStore();
    s.extra_json.clear();
    s.history.Upsert(FullHistoryEntry());  // the extension is written only when there is some
    Json doc;
    std::string err;
    REQUIRE(ParseJson(ExportStore(s, kExportedAt), doc, err));
    const Json& props = Schema()["properties"];
    CHECK(Keys(doc) == Keys(props));
    for (size_t c = 0; c < kCollectionCount; ++c) {
        const std::string name = CollectionName(static_cast<CollectionId>(c));
        const std::string items = DumpJson(props[name]);
        const std::string entity = name == "employees"  ? "employee"
                                   : name == "clients" ? "client"
                                   : name == "contacts" ? "contact"
                                   : name == "interactions" ? "interaction"
                                   : name == "interests" ? "interest"
                                   : name == "relationships" ? "relationship"
                                   : name == "contracts" ? "contract"
                                                         : "history_entry";
        CHECK_MESSAGE(items.find("\"#/$defs/" + entity + "\"") != std::string::npos, name);
    }
}

TEST_CASE("every enumeration of the schema equals the model's names") {
    CheckEnum<ClientKind>("client_kind");
    CheckEnum<ClientStatus>("client_status");
    CheckEnum<ResponsibleRole>("responsible_role");
    CheckEnum<InteractionType>("interaction_type");
    CheckEnum<Direction>("direction");
    CheckEnum<InteractionStatus>("interaction_status");
    CheckEnum<InterestState>("interest_state");
    CheckEnum<RelationshipKind>("relationship_kind");
    CheckEnum<ContractKind>("contract_kind");
    CheckEnum<ContractStatus>("contract_status");
    // And each enumerated field points at its list.
    CHECK(RefersTo("client", "kind", "client_kind"));
    CHECK(RefersTo("client", "status", "client_status"));
    CHECK(RefersTo("responsible", "role", "responsible_role"));
    CHECK(RefersTo("interaction", "type", "interaction_type"));
    CHECK(RefersTo("interaction", "direction", "direction"));
    CHECK(RefersTo("interaction", "status", "interaction_status"));
    CHECK(RefersTo("interest", "state", "interest_state"));
    CHECK(RefersTo("relationship", "kind", "relationship_kind"));
    CHECK(RefersTo("contract", "kind", "contract_kind"));
    CHECK(RefersTo("contract", "status", "contract_status"));
    // No enumeration in the schema that the test does not know.
    std::set<std::string> enums;
    for (auto it = Schema()["$defs"].begin(); it != Schema()["$defs"].end(); ++it)
        if (it->contains("enum")) enums.insert(it.key());
    CHECK(enums.size() == 10);
}

TEST_CASE("the schema's required lists are what the decoder refuses to miss") {
    auto check_field = [](const std::string& def, const std::string& field, const Json& full, Json& target,
                          const std::string& holder) {
        const bool required = SchemaRequired(def).count(field) != 0;
        const Json saved = target[field];
        std::string err;
        target.erase(field);
        const bool ok_absent = DecodeAs(holder, full, err);
        CHECK_MESSAGE(ok_absent == !required, def << "." << field << " absent: " << err);
        target[field] = nullptr;
        const bool ok_null = DecodeAs(holder, full, err);
        CHECK_MESSAGE(ok_null == !required, def << "." << field << " null: " << err);
        target[field] = saved;
    };
    for (auto [def, encoded] : EncodedEntities()) {
        std::string err;
        REQUIRE_MESSAGE(DecodeAs(def, encoded, err), err);
        for (const std::string& field : SchemaProperties(def)) check_field(def, field, encoded, encoded, def);
    }
    for (const Nested& n : kNested) {
        for (auto [def, encoded] : EncodedEntities()) {
            if (def != n.parent) continue;
            Json& obj = NestedObject(encoded, n.field);
            for (const std::string& field : SchemaProperties(n.def)) check_field(n.def, field, encoded, obj, def);
        }
    }
}

TEST_CASE("docs/FORMAT.md mentions every field, enumeration value and limit") {
    const std::string md = ReadFile(DocsDir() + "FORMAT.md");
    REQUIRE_FALSE(md.empty());
    std::set<std::string> names;
    for (const auto& [def, encoded] : EncodedEntities())
        for (const auto& k : Keys(encoded)) names.insert(k);
    for (const Nested& n : kNested)
        for (const auto& k : SchemaProperties(n.def)) names.insert(k);
    for (const auto& k : Keys(Schema()["properties"])) names.insert(k);
    for (const std::string& name : names) CHECK_MESSAGE(md.find("`" + name + "`") != std::string::npos, name);
    for (auto it = Schema()["$defs"].begin(); it != Schema()["$defs"].end(); ++it)
        if (it->contains("enum"))
            for (const Json& v : (*it)["enum"])
                if (const auto* s = v.get_ptr<const std::string*>())
                    CHECK_MESSAGE(md.find("`" + *s + "`") != std::string::npos, *s);
    CHECK(md.find(std::to_string(kMaxJsonDepth) + " levels") != std::string::npos);
    CHECK(md.find("10^13") != std::string::npos);
    // The import limits (src/io/import.h), each in the "Limits" table with its value as the
    // messages write it.
    const size_t limits_at = md.find("## Limits");
    REQUIRE(limits_at != std::string::npos);
    const std::string limits = md.substr(limits_at, md.find("\n## ", limits_at + 1) - limits_at);
    for (const std::string& v :
         {"| File size | " + DescribeByteSize(kMaxImportFileBytes),
          "A file of up to " + DescribeByteSize(kMaxWholeImportTextBytes) + " is kept whole",
          "| Text | " + DescribeByteSize(static_cast<int64_t>(kMaxImportTextBytes)) + " per string",
          "| Attachment | " + DescribeByteSize(kMaxImportAttachmentBytes) + " decoded per attachment; " +
              DescribeByteSize(kMaxImportAttachmentsPerInteraction) + " for all attachments of one interaction",
          "| Records | " + std::to_string(kMaxImportRecordsPerCollection) + " per collection; " +
              std::to_string(kMaxImportRecordsInFile) + " in the whole file",
          std::string("not valid UTF-8 at line L, column C (byte offset N)"), std::string("`2026-02-30`"),
          std::string("`24:00`")})
        CHECK_MESSAGE(limits.find(v) != std::string::npos, v);
    CHECK(limits.find("memory only") == std::string::npos);
    CHECK(md.find("client-card.schema.json") != std::string::npos);
}
