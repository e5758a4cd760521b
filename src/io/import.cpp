// Whole-document import and export of the interchange format v1 (docs/FORMAT.md).
//
// Import is two-phase so that a bad file can never leave a half-imported store: the file
// is read into temporary vectors (ImportReader: syntax, header, every record, duplicate
// ids), checked against the store (references, counts: CheckAgainst), and only then
// Apply() touches the store, with operations that cannot fail. Neither direction builds
// the document as one DOM (a 600 MB export would need gigabytes, beyond the wasm heap):
// import reads the file in pieces and decodes each record from its tape (the fast path
// below; the reference path decodes a record from its own small DOM to word a problem),
// export appends one compact record per line (AppendRecordJson).
#include "io/import.h"

#include <algorithm>
#include <cstdio>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "io/json_codec.h"
#include "io/json_reader.h"

namespace card {

static size_t Sum(const std::array<size_t, kCollectionCount>& counts) {
    size_t n = 0;
    for (size_t v : counts) n += v;
    return n;
}
size_t ImportSummary::TotalAdded() const { return Sum(added); }
size_t ImportSummary::TotalUpdated() const { return Sum(updated); }
size_t ImportSummary::TotalRemoved() const { return Sum(removed); }
size_t ImportSummary::TotalUnchanged() const { return Sum(unchanged); }

std::string DescribeByteSize(int64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    static const char* const kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(bytes) / 1024;
    size_t u = 0;
    while (v >= 1024 && u + 1 < sizeof kUnits / sizeof *kUnits) v /= 1024, ++u;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string n = buf;
    if (n.size() > 2 && n.compare(n.size() - 2, 2, ".0") == 0) n.resize(n.size() - 2);  // "5 MiB", not "5.0 MiB"
    return n + " " + kUnits[u] + " (" + std::to_string(bytes) + " bytes)";
}

std::string FileTooLargeMessage(int64_t file_bytes, int64_t limit) {
    return "the file is too large: " + DescribeByteSize(file_bytes) + "; the limit is " + DescribeByteSize(limit) +
           " (the memory of the browser tab)";
}

namespace {

constexpr int64_t kFormatVersion = 1;

bool IsKnownTopLevel(const std::string& key) {
    if (key == "format" || key == "version" || key == "exported_at") return true;
    for (size_t i = 0; i < kCollectionCount; ++i)
        if (key == CollectionName(static_cast<CollectionId>(i))) return true;
    return false;
}

// Entity type -> its collection in the Store and its name in the format.
template <class T> struct Meta;
#define CARD_META(T, member, cid)                                                 \
    template <> struct Meta<T> {                                                  \
        static constexpr CollectionId id = CollectionId::cid;                     \
        static const Collection<T>& Of(const Store& s) { return s.member; }       \
        static Collection<T>& Of(Store& s) { return s.member; }                   \
        static const char* Name() { return CollectionName(id); }                  \
    }
CARD_META(Employee, employees, Employees);
CARD_META(Client, clients, Clients);
CARD_META(Contact, contacts, Contacts);
CARD_META(Interaction, interactions, Interactions);
CARD_META(Interest, interests, Interests);
CARD_META(Relationship, relationships, Relationships);
CARD_META(Contract, contracts, Contracts);
CARD_META(HistoryEntry, history, History);
#undef CARD_META

// The records of one collection of the file, decoded, with an index by id.
template <class T>
struct Incoming {
    std::vector<T> records;
    std::unordered_map<std::string, uint32_t> index;  // id -> position in records (moved into the store)
    std::vector<char> unchanged;                      // per record: identical to the store's
};

// A whole file, validated.
struct Document {
    Incoming<Employee> employees;
    Incoming<Client> clients;
    Incoming<Contact> contacts;
    Incoming<Interaction> interactions;
    Incoming<Interest> interests;
    Incoming<Relationship> relationships;
    Incoming<Contract> contracts;
    Incoming<HistoryEntry> history;  // the optional "history" extension
    Json extra = Json::object();  // unknown top-level members

    template <class F>
    bool ForEach(F&& f) {
        return f(employees) && f(clients) && f(contacts) && f(interactions) && f(interests) &&
               f(relationships) && f(contracts) && f(history);
    }
};

std::string Label(const char* collection, size_t i, const std::string& id) {
    return DescribeRecord(std::string(collection) + "[" + std::to_string(i) + "]", id);
}

// ---- Limits (import.h): text length, attachment sizes.

// The first string of `v` (a value, an object key) longer than kMaxImportTextBytes, with
// its path as decoder messages write it ("notes", "phones[2]", "responsibles[0].role").
// `attachments[i].data` of an interaction is base64 and has its own limit.
bool FindLongText(const Json& v, size_t limit, std::string& path, bool interaction_root, bool attachment,
                  size_t& bytes) {
    if (const auto* s = v.get_ptr<const std::string*>()) {
        bytes = s->size();
        return bytes > limit;
    }
    const size_t base = path.size();
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (attachment && it.key() == "data") continue;
            if (base) path += '.';
            path += it.key();
            if (it.key().size() > limit) {
                bytes = it.key().size();
                path.resize(base);
                path += "(a field name)";
                return true;
            }
            const bool attachments = interaction_root && it.key() == "attachments" && it->is_array();
            if (attachments) {
                for (size_t i = 0; i < it->size(); ++i) {
                    const size_t mark = path.size();
                    path += "[" + std::to_string(i) + "]";
                    if (FindLongText((*it)[i], limit, path, false, (*it)[i].is_object(), bytes)) return true;
                    path.resize(mark);
                }
            } else if (FindLongText(*it, limit, path, false, false, bytes)) {
                return true;
            }
            path.resize(base);
        }
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i) {
            path += "[" + std::to_string(i) + "]";
            if (FindLongText(v[i], limit, path, false, false, bytes)) return true;
            path.resize(base);
        }
    }
    return false;
}

std::string LongTextMessage(size_t bytes, size_t limit) {
    return "text of " + DescribeByteSize(static_cast<int64_t>(bytes)) + " is longer than the limit of " +
           DescribeByteSize(static_cast<int64_t>(limit));
}

// A record's text values within the limit (checked on the JSON, before decoding).
bool TextWithinLimit(const Json& record, const std::string& where, bool interaction, size_t limit,
                     std::string& error) {
    std::string path;
    size_t bytes = 0;
    if (!FindLongText(record, limit, path, interaction && record.is_object(), false, bytes)) return true;
    std::string label = where;
    if (record.is_object())
        if (auto it = record.find("id"); it != record.end())
            if (const auto* s = it->get_ptr<const std::string*>(); s && !s->empty()) label = DescribeRecord(where, *s);
    error = label + (path.empty() ? std::string() : ": field \"" + path + "\"") + ": " + LongTextMessage(bytes, limit);
    return false;
}

template <class T>
bool WithinLimits(const T&, const std::string&, const ImportLimits&, std::string&) {
    return true;
}
bool WithinLimits(const Interaction& r, const std::string& where, const ImportLimits& limits, std::string& error) {
    int64_t total = 0;
    for (size_t i = 0; i < r.attachments.size(); ++i) {
        const Attachment& a = r.attachments[i];
        if (a.size > limits.attachment_bytes) {
            error = DescribeRecord(where, r.id) + ": field \"attachments[" + std::to_string(i) + "].data\": attachment " +
                    QuoteForMessage(a.name) + " of " + DescribeByteSize(a.size) + " is larger than the limit of " +
                    DescribeByteSize(limits.attachment_bytes) + " per attachment";
            return false;
        }
        total += a.size;
    }
    if (total > limits.attachments_per_interaction) {
        error = DescribeRecord(where, r.id) + ": field \"attachments\": " + std::to_string(r.attachments.size()) +
                " attachments of " + DescribeByteSize(total) + " in all are larger than the limit of " +
                DescribeByteSize(limits.attachments_per_interaction) + " per interaction";
        return false;
    }
    return true;
}

// Receives the streamed records of the file and decodes each as it arrives, so that the
// file never exists as one DOM. After the first problem it only lets the parser run on
// (a later syntax error or a bad header still takes precedence in the message).
class RecordSink {
public:
    RecordSink(Document& d, const ImportLimits& limits) : doc_(d), limits_(limits) {}

    void Element(size_t k, size_t index, Json& value) { Element(k, index, value, total_ + 1); }
    // `total`: the records of the file so far, this one included.
    void Element(size_t k, size_t index, Json& value, size_t total) {
        total_ = total;
        if (!error_.empty()) return;
        const char* name = CollectionName(static_cast<CollectionId>(k));
        if (index >= limits_.records_per_collection) {
            error_ = std::string(name) + "[" + std::to_string(index) + "]: too many records in \"" + name +
                     "\" (the limit is " + std::to_string(limits_.records_per_collection) + " per collection)";
            return;
        }
        if (total_ > limits_.records_in_file) {
            error_ = std::string(name) + "[" + std::to_string(index) + "]: too many records in the file (the limit is " +
                     std::to_string(limits_.records_in_file) + " in all)";
            return;
        }
        if (index == 0) {
            if (started_[k]) {
                error_ = std::string("field \"") + CollectionName(static_cast<CollectionId>(k)) +
                         "\" appears twice at the top level";
                return;
            }
            started_[k] = true;
        }
        switch (static_cast<CollectionId>(k)) {
            case CollectionId::Employees: Decode(doc_.employees, index, value); break;
            case CollectionId::Clients: Decode(doc_.clients, index, value); break;
            case CollectionId::Contacts: Decode(doc_.contacts, index, value); break;
            case CollectionId::Interactions: Decode(doc_.interactions, index, value); break;
            case CollectionId::Interests: Decode(doc_.interests, index, value); break;
            case CollectionId::Relationships: Decode(doc_.relationships, index, value); break;
            case CollectionId::Contracts: Decode(doc_.contracts, index, value); break;
            case CollectionId::History: Decode(doc_.history, index, value); break;
        }
    }
    const std::string& error() const { return error_; }

private:
    template <class T>
    void Decode(Incoming<T>& in, size_t index, const Json& value) {
        const char* name = Meta<T>::Name();
        const std::string where = std::string(name) + "[" + std::to_string(index) + "]";
        if (!TextWithinLimit(value, where, std::is_same_v<T, Interaction>, limits_.text_bytes, error_)) return;
        T rec;
        if (!DecodeRecord(value, where, rec, error_)) return;
        if (!WithinLimits(rec, where, limits_, error_)) return;
        auto [pos, added] = in.index.emplace(rec.id, static_cast<uint32_t>(in.records.size()));
        if (!added) {
            error_ = DescribeRecord(where, rec.id) + ": field \"id\": duplicate id, also used by " + name + "[" +
                     std::to_string(pos->second) + "]";
            return;
        }
        in.records.push_back(std::move(rec));
    }

    Document& doc_;
    const ImportLimits& limits_;
    std::string error_;
    std::array<bool, kCollectionCount> started_{};
    size_t total_ = 0;
};

const std::vector<std::string>& CollectionNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (size_t i = 0; i < kCollectionCount; ++i) v.emplace_back(CollectionName(static_cast<CollectionId>(i)));
        return v;
    }();
    return names;
}

// ---- The fast path: the strict reader (io/json_reader.h) decodes each record from its
// tape straight into the entity, with no DOM. A record it refuses goes to the reference
// decoder (RecordSink, above); any other problem of a file kept whole sends the whole
// text down the reference path (ReadReference), so messages and their precedence are
// exactly those of the reference path (ImportReader::Impl below).

// FindLongText on a tape: the same paths are exempt (an interaction's attachments' data).
bool TapeHasLongText(const JsonTape& t, size_t node, size_t limit, bool interaction_root, bool attachment) {
    const JsonNode& v = t[node];
    if (v.kind == JsonKind::String) return v.decoded > limit;
    if (v.kind == JsonKind::Object) {
        for (size_t i = node + 1; i < v.end; i = t[i + 1].end) {
            const JsonNode& key = t[i];
            if (key.decoded > limit) return true;
            const std::string_view name = t.Raw(key).substr(1, key.size - 2);
            if (attachment && name == "data") continue;
            const JsonNode& value = t[i + 1];
            if (interaction_root && name == "attachments" && value.kind == JsonKind::Array) {
                for (size_t e = i + 2; e < value.end; e = t[e].end)
                    if (TapeHasLongText(t, e, limit, false, t[e].kind == JsonKind::Object)) return true;
            } else if (TapeHasLongText(t, i + 1, limit, false, false)) {
                return true;
            }
        }
    } else if (v.kind == JsonKind::Array) {
        for (size_t e = node + 1; e < v.end; e = t[e].end)
            if (TapeHasLongText(t, e, limit, false, false)) return true;
    }
    return false;
}

// The records of a file read with the fast reader: each is decoded from its tape straight
// into the entity; one it refuses (a problem, or a rare construct it leaves alone) is
// read again from its own text by the reference path (RecordSink), which either words the
// problem or takes the record.
class FastRecordSink {
public:
    FastRecordSink(Document& d, const ImportLimits& limits) : doc_(d), limits_(limits), reference_(d, limits) {}

    bool Element(size_t k, size_t index, const JsonTape& tape) {
        if (index < limits_.records_per_collection && ++total_ <= limits_.records_in_file) {
            bool decoded = false;
            switch (static_cast<CollectionId>(k)) {
                case CollectionId::Employees: decoded = Decode(doc_.employees, tape); break;
                case CollectionId::Clients: decoded = Decode(doc_.clients, tape); break;
                case CollectionId::Contacts: decoded = Decode(doc_.contacts, tape); break;
                case CollectionId::Interactions: decoded = Decode(doc_.interactions, tape); break;
                case CollectionId::Interests: decoded = Decode(doc_.interests, tape); break;
                case CollectionId::Relationships: decoded = Decode(doc_.relationships, tape); break;
                case CollectionId::Contracts: decoded = Decode(doc_.contracts, tape); break;
                case CollectionId::History: decoded = Decode(doc_.history, tape); break;
            }
            if (decoded) return true;
        }
        Json value;
        std::string ignored;
        if (!ParseJson(tape.Raw(tape[0]), value, ignored)) return false;  // the tape read it: cannot happen
        reference_.Element(k, index, value, total_);
        return reference_.error().empty();
    }
    // The first record's problem, worded ("" when none).
    const std::string& error() const { return reference_.error(); }

private:
    template <class T>
    bool Decode(Incoming<T>& in, const JsonTape& tape) {
        if (TapeHasLongText(tape, 0, limits_.text_bytes, std::is_same_v<T, Interaction>, false)) return false;
        T rec;
        if (!DecodeRecordFast(tape, 0, rec)) return false;
        if (!WithinLimits(rec, std::string(), limits_, scratch_error_)) return false;
        if (!in.index.emplace(rec.id, static_cast<uint32_t>(in.records.size())).second) return false;
        in.records.push_back(std::move(rec));
        return true;
    }

    Document& doc_;
    const ImportLimits& limits_;
    RecordSink reference_;
    std::string scratch_error_;
    size_t total_ = 0;
};

// A top-level member other than the streamed collections (the header, unknown members).
bool TakeMember(Json& top, std::string_view name, std::string_view value_text) {
    Json v = Json::parse(value_text.begin(), value_text.end(), nullptr, /*allow_exceptions=*/false);
    if (v.is_discarded()) return false;
    top[std::string(name)] = std::move(v);  // a name twice: the last wins, as nlohmann's
    return true;
}

// Checks references from the file's records to records of type Target.
class RefChecker {
public:
    RefChecker(const Document& d, const Store& s, ImportMode m, std::string& error)
        : doc_(d), store_(s), mode_(m), error_(error) {}

    template <class Target>
    bool Check(const Incoming<Target>& target, const std::string& id, const char* target_name, const char* collection,
               size_t i, const std::string& record_id, const std::string& field) {
        if (id.empty() || target.index.count(id)) return true;
        if (mode_ == ImportMode::Merge && Meta<Target>::Of(store_).Contains(id)) return true;
        error_ = Label(collection, i, record_id) + ": field \"" + field + "\": refers to " + target_name + " " +
                 QuoteForMessage(id) +
                 (mode_ == ImportMode::Merge ? ", which is neither in the file nor in the store"
                                             : ", which is not in the file (a replace import must be complete)");
        return false;
    }

    bool All() {
        const Document& d = doc_;
        for (size_t i = 0; i < d.clients.records.size(); ++i) {
            const Client& r = d.clients.records[i];
            for (size_t k = 0; k < r.responsibles.size(); ++k)
                if (!Check(d.employees, r.responsibles[k].employee_id, "employee", "clients", i, r.id,
                           "responsibles[" + std::to_string(k) + "].employee_id"))
                    return false;
        }
        for (size_t i = 0; i < d.contacts.records.size(); ++i) {
            const Contact& r = d.contacts.records[i];
            if (!Check(d.clients, r.client_id, "client", "contacts", i, r.id, "client_id")) return false;
        }
        for (size_t i = 0; i < d.interactions.records.size(); ++i) {
            const Interaction& r = d.interactions.records[i];
            if (!Check(d.clients, r.client_id, "client", "interactions", i, r.id, "client_id") ||
                !Check(d.contacts, r.contact_id, "contact", "interactions", i, r.id, "contact_id") ||
                !Check(d.interests, r.interest_id, "interest", "interactions", i, r.id, "interest_id") ||
                !Check(d.employees, r.owner_id, "employee", "interactions", i, r.id, "owner_id"))
                return false;
        }
        for (size_t i = 0; i < d.interests.records.size(); ++i) {
            const Interest& r = d.interests.records[i];
            if (!Check(d.clients, r.client_id, "client", "interests", i, r.id, "client_id") ||
                !Check(d.employees, r.responsible_id, "employee", "interests", i, r.id, "responsible_id"))
                return false;
        }
        for (size_t i = 0; i < d.relationships.records.size(); ++i) {
            const Relationship& r = d.relationships.records[i];
            if (!Check(d.clients, r.from_client_id, "client", "relationships", i, r.id, "from_client_id") ||
                !Check(d.clients, r.to_client_id, "client", "relationships", i, r.id, "to_client_id"))
                return false;
        }
        for (size_t i = 0; i < d.contracts.records.size(); ++i) {
            const Contract& r = d.contracts.records[i];
            if (!Check(d.clients, r.client_id, "client", "contracts", i, r.id, "client_id")) return false;
        }
        // History entries refer to nothing that must exist: an entry outlives its client,
        // its record and its author (an audit log); author/record keep the names.
        return true;
    }

private:
    const Document& doc_;
    const Store& store_;
    ImportMode mode_;
    std::string& error_;
};

bool CheckHeader(const Json& doc, std::string& error) {
    if (!doc.is_object()) {
        error = std::string("not a Client Card file: the top level is ") + JsonTypeName(doc) + ", expected an object";
        return false;
    }
    auto f = doc.find("format");
    if (f == doc.end()) {
        error = "not a Client Card file: field \"format\" is missing (expected \"client-card\")";
        return false;
    }
    const auto* fs = f->get_ptr<const std::string*>();
    if (!fs || *fs != "client-card") {
        error = std::string("not a Client Card file: field \"format\" is ") +
                (fs ? QuoteForMessage(*fs) : std::string(JsonTypeName(*f))) + " (expected \"client-card\")";
        return false;
    }
    auto v = doc.find("version");
    if (v == doc.end() || v->is_null()) {
        error = "field \"version\" is missing (expected 1)";
        return false;
    }
    if (!v->is_number_integer()) {  // also true for unsigned
        error = std::string("field \"version\": expected an integer, got ") +
                (v->is_number() ? DumpJson(*v) : std::string(JsonTypeName(*v)));
        return false;
    }
    // Non-negative integers parse as unsigned, negative ones as signed.
    const bool newer = v->is_number_unsigned()
                           ? *v->get_ptr<const Json::number_unsigned_t*>() > static_cast<uint64_t>(kFormatVersion)
                           : *v->get_ptr<const Json::number_integer_t*>() > kFormatVersion;
    const bool older = v->is_number_unsigned()
                           ? *v->get_ptr<const Json::number_unsigned_t*>() < static_cast<uint64_t>(kFormatVersion)
                           : *v->get_ptr<const Json::number_integer_t*>() < kFormatVersion;
    if (newer) {
        error = "made by a newer version of Client Card (version " + DumpJson(*v) + "); this app reads version 1";
        return false;
    }
    if (older) {
        error = "field \"version\": unsupported version " + DumpJson(*v) + " (this app reads version 1)";
        return false;
    }
    return true;
}

template <class T>
void Count(const Store& store, ImportMode mode, Incoming<T>& in, ImportSummary& sum) {
    const Collection<T>& coll = Meta<T>::Of(store);
    const auto c = static_cast<size_t>(Meta<T>::id);
    if (coll.empty()) {  // all added: no lookups (and Apply hands the vectors over)
        sum.added[c] += in.records.size();
        return;
    }
    in.unchanged.assign(in.records.size(), 0);
    for (size_t i = 0; i < in.records.size(); ++i) {
        const T* old = coll.Find(in.records[i].id);
        if (!old) {
            ++sum.added[c];
            continue;
        }
        ++sum.updated[c];
        if (RecordsEqual(*old, in.records[i])) {
            ++sum.unchanged[c];
            in.unchanged[i] = 1;
        }
    }
    if (mode == ImportMode::Replace)
        for (const T& old : coll.All())
            if (!in.index.count(old.id)) ++sum.removed[c];
}

// The header, and no collection that came as a member rather than streamed (not an array).
bool CheckTop(const Json& top, std::string& error) {
    if (!CheckHeader(top, error)) return false;
    for (const std::string& name : CollectionNames()) {
        auto it = top.find(name);
        if (it != top.end() && !it->is_null()) {
            error = "field \"" + name + "\": expected an array of records, got " + JsonTypeName(*it);
            return false;
        }
    }
    return true;
}

// The top-level members after the records: the header (which takes precedence over a
// record's problem in a file read whole), then unknown members within the text limit.
bool TakeTop(Json& top, const ImportLimits& limits, Document& d, std::string& error) {
    if (!CheckTop(top, error)) return false;
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (IsKnownTopLevel(it.key())) continue;
        std::string path = it.key();
        size_t bytes = 0;
        if (it.key().size() > limits.text_bytes || FindLongText(it.value(), limits.text_bytes, path, false, false, bytes)) {
            if (it.key().size() > limits.text_bytes) path = "(a field name)", bytes = it.key().size();
            error = "field \"" + path + "\": " + LongTextMessage(bytes, limits.text_bytes);
            return false;
        }
        d.extra[it.key()] = std::move(it.value());
    }
    return true;
}

// The reference path over a whole text: reads it again with nlohmann and words the first
// problem, with the precedence it has always had (a syntax error anywhere, then the
// header, then the first record's problem).
bool ReadReference(std::string_view text, const ImportLimits& limits, Document& d, std::string& error) {
    d = Document();
    Json top = Json::object();
    RecordSink sink(d, limits);
    const JsonStreamStatus status = StreamJsonObject(
        text, CollectionNames(), [&](const std::string& name, Json& value) { top[name] = std::move(value); },
        [&](size_t k, size_t index, Json& value) { sink.Element(k, index, value); }, error);
    if (status == JsonStreamStatus::NotObject) error = "not a Client Card file: " + error;
    if (status != JsonStreamStatus::Ok) return false;
    if (!CheckTop(top, error)) return false;  // a bad header takes precedence over a bad record
    if (!sink.error().empty()) {
        error = sink.error();
        return false;
    }
    return TakeTop(top, limits, d, error);
}

// What depends on the store and the mode: references, then the counts.
bool CheckAgainst(const Store& store, ImportMode mode, Document& d, ImportSummary& sum, std::string& error) {
    if (!RefChecker(d, store, mode, error).All()) return false;
    d.ForEach([&](auto& in) {
        Count(store, mode, in, sum);
        return true;
    });
    return true;
}

template <class T>
void ApplyCollection(Store& store, ImportMode mode, Incoming<T>& in) {
    Collection<T>& coll = Meta<T>::Of(store);
    if (mode == ImportMode::Replace) {
        std::vector<std::string> gone;
        for (const T& old : coll.All())
            if (!in.index.count(old.id)) gone.push_back(old.id);
        for (const auto& id : gone) coll.Remove(id);
    }
    if (coll.empty()) {  // a whole import into an empty store: hand the vectors over
        if (!in.records.empty()) coll.AssignAll(std::move(in.records), std::move(in.index));
        return;
    }
    coll.Reserve(coll.size() + in.records.size());
    for (size_t i = 0; i < in.records.size(); ++i)
        if (!in.unchanged[i]) coll.Upsert(std::move(in.records[i]));  // identical ones stay clean
}

// Cannot fail: only Upsert/Remove on validated records.
void Apply(Store& store, ImportMode mode, Document& d) {
    d.ForEach([&](auto& in) {
        ApplyCollection(store, mode, in);
        return true;
    });
    Json extra = Json::object();
    if (mode == ImportMode::Merge && !store.extra_json.empty()) {
        std::string ignored;
        if (!ParseJson(store.extra_json, extra, ignored) || !extra.is_object()) extra = Json::object();
    }
    for (auto it = d.extra.begin(); it != d.extra.end(); ++it) extra[it.key()] = std::move(it.value());
    store.extra_json = extra.empty() ? std::string() : DumpJson(extra);
}

// ---- Export

void AppendHeader(std::string& out, const Moment& exported_at) {
    out += "{\n  \"format\": \"client-card\",\n  \"version\": 1,\n  \"exported_at\": ";
    if (exported_at.empty()) out += "null";
    else AppendJsonString(out, exported_at.Format());
}

// Where the text goes when it is written in pieces: `out` is handed to `emit` and emptied
// whenever it has `piece_bytes` or more (always after a whole record).
struct PieceSink {
    size_t piece_bytes;
    const ExportPieceFn& emit;
    void MaybeFlush(std::string& out) const {
        if (out.size() < piece_bytes) return;
        emit(out);
        out.clear();
    }
};

// One collection, one record per line. `only`: positions to write, in order (null: all).
// The history (an optional extension) is written only when there is some.
template <class T>
void AppendCollection(std::string& out, const Collection<T>& coll, const std::vector<uint32_t>* only,
                      const PieceSink* sink = nullptr) {
    if (std::is_same_v<T, HistoryEntry> && (only ? only->empty() : coll.empty())) return;
    out += ",\n  \"";
    out += Meta<T>::Name();
    out += "\": [";
    const size_t n = only ? only->size() : coll.size();
    for (size_t k = 0; k < n; ++k) {
        out += k ? ",\n    " : "\n    ";
        AppendRecordJson(out, coll[only ? (*only)[k] : k]);
        if (sink) sink->MaybeFlush(out);
    }
    out += n ? "\n  ]" : "]";
}

void AppendExtraAndClose(std::string& out, const std::string& extra_json) {
    if (!extra_json.empty()) {
        Json extra;
        std::string ignored;
        if (ParseJson(extra_json, extra, ignored) && extra.is_object())
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                if (IsKnownTopLevel(it.key())) continue;
                out += ",\n  ";
                AppendJsonString(out, it.key());
                out += ": ";
                out += DumpJson(it.value());
            }
    }
    out += "\n}\n";
}

template <class T>
uint32_t PositionOf(const Collection<T>& coll, const T* rec) {
    return static_cast<uint32_t>(rec - coll.All().data());
}

// Adds the position of the record with `id` (if the store has it) to `positions`.
template <class T>
const T* AddById(const Collection<T>& coll, const std::string& id, std::vector<uint32_t>& positions) {
    if (id.empty()) return nullptr;
    const T* rec = coll.Find(id);
    if (rec) positions.push_back(PositionOf(coll, rec));
    return rec;
}

void SortUnique(std::vector<uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

// ---- ImportReader: the file in pieces, records decoded by the fast reader as they come.

struct ImportReader::Impl {
    // `whole`: the caller has the whole text and hands it over at Finish (nothing is kept).
    Impl(int64_t bytes, const ImportLimits& l, bool whole)
        : limits(l),
          file_bytes(bytes),
          whole_given(whole),
          keep(!whole && bytes <= l.whole_text_bytes),
          sink(doc, limits),
          reader(CollectionNames(), [this](std::string_view n, std::string_view v) { return TakeMember(top, n, v); },
                 [this](size_t k, size_t i, const JsonTape& t) { return sink.Element(k, i, t); }) {
        if (bytes > limits.file_bytes) Refuse(FileTooLargeMessage(bytes, limits.file_bytes));
        else if (keep) kept.reserve(static_cast<size_t>(bytes));
    }
    // A whole text the caller holds, read at once (nothing is kept: it is the reference
    // path's text if one is needed).
    Impl(std::string_view text, const ImportLimits& l) : Impl(static_cast<int64_t>(text.size()), l, true) {
        if (Feed(text)) Finish(text);
    }

    bool Feed(std::string_view piece) {
        if (done) return false;
        fed += piece.size();
        if (fed > static_cast<uint64_t>(limits.file_bytes))
            return Refuse(FileTooLargeMessage(static_cast<int64_t>(fed), limits.file_bytes));
        if (keep) kept.append(piece);
        if (fast_ok && !reader.Feed(piece, err)) {
            fast_ok = false;
            if (!keep && !whole_given) return Refuse(FastMessage());
        }
        return true;
    }

    // `whole`: the file's text when the caller or `kept` has it, for the reference path.
    bool Finish(std::string_view whole) {
        if (done) return ok;
        if (fast_ok && !reader.Finish(err)) fast_ok = false;
        done = true;
        if (fast_ok) {
            ok = TakeTop(top, limits, doc, error);
            return ok;
        }
        top = Json();
        if (!keep && !whole_given) return Refuse(FastMessage());
        // A problem somewhere (or a rare construct the fast reader refuses): the reference
        // path reads the file again and words the first problem.
        ok = ReadReference(whole, limits, doc, error);
        kept = std::string();
        return ok;
    }

    bool Refuse(std::string message) {
        done = true;
        ok = false;
        error = std::move(message);
        doc = Document();
        kept = std::string();
        return false;
    }

    // The first problem of a file read without its whole text: a record's problem worded
    // by the reference path, or what the fast reader saw where.
    std::string FastMessage() const {
        if (!sink.error().empty()) return sink.error();
        if (err.reason == "the top level is not an object") return "not a Client Card file: " + err.reason;
        if (err.reason.rfind("field \"", 0) == 0) return err.reason;  // a collection twice
        return "not valid JSON: byte offset " + std::to_string(err.offset) + ": " + err.reason;
    }

    ImportLimits limits;
    int64_t file_bytes;
    bool whole_given, keep;
    uint64_t fed = 0;
    bool fast_ok = true, done = false, ok = false;
    std::string error, kept;
    Document doc;
    Json top = Json::object();
    FastRecordSink sink;
    JsonObjectPushReader reader;
    JsonReadError err;
};

ImportReader::ImportReader(int64_t file_bytes, const ImportLimits& limits)
    : impl_(std::make_unique<Impl>(file_bytes, limits, false)) {}
ImportReader::~ImportReader() = default;
ImportReader::ImportReader(ImportReader&&) noexcept = default;
ImportReader& ImportReader::operator=(ImportReader&&) noexcept = default;
bool ImportReader::Feed(std::string_view piece) { return impl_->Feed(piece); }
bool ImportReader::Finish() { return impl_->Finish(impl_->kept); }
bool ImportReader::finished() const { return impl_->done; }
const std::string& ImportReader::error() const { return impl_->error; }
uint64_t ImportReader::bytes_read() const { return impl_->fed; }
int64_t ImportReader::file_bytes() const { return impl_->file_bytes; }

namespace {

// The read file against the store in `mode` (references, counts): what Check and Apply
// both start with. Summary cleared when not ok.
ImportResult Verify(const Store& store, ImportReader::Impl& file, ImportMode mode) {
    ImportResult res;
    if (!file.done) file.Finish(file.kept);
    res.ok = file.ok && CheckAgainst(store, mode, file.doc, res.summary, res.error);
    if (!file.ok) res.error = file.error;
    if (!res.ok) res.summary = ImportSummary{};
    return res;
}

ImportResult Check(const Store& store, ImportReader::Impl& file, ImportMode mode) {
    ImportResult res = Verify(store, file, mode);
    if (res.ok) res.duplicates = FindImportDuplicates(store, file.doc.clients.records);
    return res;
}

ImportResult Apply(Store& store, ImportReader::Impl& file, ImportMode mode) {
    ImportResult res = Verify(store, file, mode);
    if (!res.ok) return res;  // nothing was touched
    Apply(store, mode, file.doc);
    file.Refuse("the file was imported already");  // its records now belong to the store
    return res;
}

}  // namespace

ImportResult CheckImport(const Store& store, std::string_view text, ImportMode mode, const ImportLimits& limits) {
    ImportReader::Impl file(text, limits);
    return Check(store, file, mode);
}

ImportResult ApplyImport(Store& store, std::string_view text, ImportMode mode, const ImportLimits& limits) {
    ImportReader::Impl file(text, limits);
    return Apply(store, file, mode);
}

ImportResult CheckImport(const Store& store, ImportReader& file, ImportMode mode) { return Check(store, *file.impl_, mode); }
ImportResult ApplyImport(Store& store, ImportReader& file, ImportMode mode) { return Apply(store, *file.impl_, mode); }

std::string ExportStore(const Store& store, const Moment& exported_at) {
    // One allocation for the whole text: the records' size hints, a little slack for
    // escapes, the separators (",\n    " per record) and the header.
    size_t bytes = 4096 + store.extra_json.size();
    store.ForEachCollection([&](const auto& c) {
        for (const auto& r : c.All()) bytes += RecordJsonSizeHint(r) + 6;
    });
    std::string out;
    out.reserve(bytes + bytes / 64);
    AppendHeader(out, exported_at);
    store.ForEachCollection([&](const auto& c) { AppendCollection(out, c, nullptr); });
    AppendExtraAndClose(out, store.extra_json);
    return out;
}

void ExportStoreInPieces(const Store& store, const Moment& exported_at, size_t piece_bytes,
                         const ExportPieceFn& emit) {
    piece_bytes = std::max<size_t>(piece_bytes, 1);
    const PieceSink sink{piece_bytes, emit};
    std::string out;
    out.reserve(piece_bytes + piece_bytes / 4 + 4096);  // a piece ends after the record that fills it
    AppendHeader(out, exported_at);
    store.ForEachCollection([&](const auto& c) { AppendCollection(out, c, nullptr, &sink); });
    AppendExtraAndClose(out, store.extra_json);
    emit(out);
}

std::string ExportClient(const Store& store, const std::string& client_id, const Moment& exported_at) {
    const Client* client = store.clients.Find(client_id);
    if (!client) return {};
    // Positions per collection of what goes into the file.
    std::vector<uint32_t> employees, clients, contacts, interactions, interests, relationships, contracts;
    clients.push_back(PositionOf(store.clients, client));
    contacts = store.contacts.OwnedBy(client_id);
    interactions = store.interactions.OwnedBy(client_id);
    interests = store.interests.OwnedBy(client_id);
    contracts = store.contracts.OwnedBy(client_id);
    relationships = store.relationships.OwnedBy(client_id);  // both directions
    for (uint32_t p : relationships) {
        AddById(store.clients, store.relationships[p].from_client_id, clients);
        AddById(store.clients, store.relationships[p].to_client_id, clients);
    }
    // An interaction may point at a contact or interest of another client: take that record
    // and its client too, or the file would not import into an empty store.
    for (uint32_t p : interactions) {
        const Interaction& r = store.interactions[p];
        if (const Contact* k = AddById(store.contacts, r.contact_id, contacts))
            AddById(store.clients, k->client_id, clients);
        if (const Interest* n = AddById(store.interests, r.interest_id, interests))
            AddById(store.clients, n->client_id, clients);
        AddById(store.employees, r.owner_id, employees);
    }
    SortUnique(clients);
    SortUnique(contacts);
    SortUnique(interests);
    SortUnique(interactions);
    SortUnique(contracts);
    SortUnique(relationships);
    for (uint32_t p : interests) AddById(store.employees, store.interests[p].responsible_id, employees);
    for (uint32_t p : clients)
        for (const Responsible& resp : store.clients[p].responsibles)
            AddById(store.employees, resp.employee_id, employees);
    SortUnique(employees);

    std::string out;
    out.reserve(4096);
    AppendHeader(out, exported_at);
    AppendCollection(out, store.employees, &employees);
    AppendCollection(out, store.clients, &clients);
    AppendCollection(out, store.contacts, &contacts);
    AppendCollection(out, store.interactions, &interactions);
    AppendCollection(out, store.interests, &interests);
    AppendCollection(out, store.relationships, &relationships);
    AppendCollection(out, store.contracts, &contracts);
    // The client's history, oldest first (its entries only: not those of linked clients).
    std::vector<uint32_t> history = store.history.OwnedBy(client_id);
    std::sort(history.begin(), history.end(), [&](uint32_t a, uint32_t b) {
        const HistoryEntry &x = store.history[a], &y = store.history[b];
        return x.at.utc_ms != y.at.utc_ms ? x.at.utc_ms < y.at.utc_ms : a < b;
    });
    AppendCollection(out, store.history, &history);
    AppendExtraAndClose(out, store.extra_json);
    return out;
}

}  // namespace card
