#include "io/storage.h"

#include <algorithm>
#include <chrono>
#include <type_traits>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "io/json_codec.h"
#include "io/json_reader.h"
#include "model/base64.h"
#include "model/text_scan.h"

namespace card {

namespace {

constexpr const char* kStoreFormat = "client-card-store";
// The manifest file is `{"checksum":"<16 hex>","manifest":<body>}`: the checksum covers
// the body's exact bytes, so it is verified before the body is even parsed.
constexpr std::string_view kEnvelopeHead = "{\"checksum\":\"";
constexpr std::string_view kEnvelopeMid = "\",\"manifest\":";

// Calls f(collection) for the collection with index c (a CollectionId value).
template <class S, class F>
void VisitCollection(S& s, size_t c, F&& f) {
    switch (static_cast<CollectionId>(c)) {
        case CollectionId::Employees: f(s.employees); break;
        case CollectionId::Clients: f(s.clients); break;
        case CollectionId::Contacts: f(s.contacts); break;
        case CollectionId::Interactions: f(s.interactions); break;
        case CollectionId::Interests: f(s.interests); break;
        case CollectionId::Relationships: f(s.relationships); break;
        case CollectionId::Contracts: f(s.contracts); break;
        case CollectionId::History: f(s.history); break;
    }
}

const char* NameOf(size_t c) { return CollectionName(static_cast<CollectionId>(c)); }

bool IsPowerOfTwo(uint64_t n) { return n != 0 && (n & (n - 1)) == 0; }

uint32_t Log2(uint32_t n) {
    uint32_t bits = 0;
    while ((1u << bits) < n) ++bits;
    return bits;
}

uint32_t ShardOfHash(uint64_t hash, uint32_t shard_count) {
    if (shard_count <= 1) return 0;
    return static_cast<uint32_t>(hash >> (64 - Log2(shard_count)));
}

std::string Hex16(uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

bool ParseHex16(std::string_view s, uint64_t& out) {
    if (s.size() != 16) return false;
    uint64_t v = 0;
    for (char ch : s) {
        int d;
        if (ch >= '0' && ch <= '9') d = ch - '0';
        else if (ch >= 'a' && ch <= 'f') d = ch - 'a' + 10;
        else return false;
        v = (v << 4) | static_cast<uint64_t>(d);
    }
    out = v;
    return true;
}

bool ParseUint(std::string_view s, uint64_t& out) {
    if (s.empty() || s.size() > 19) return false;
    uint64_t v = 0;
    for (char ch : s) {
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + static_cast<uint64_t>(ch - '0');
    }
    out = v;
    return true;
}

// "<collection>.<index>of<count>.g<generation>.json", e.g. "clients.3of8.g12.json".
bool ParseShardFileName(std::string_view name, size_t& collection, uint64_t& index,
                        uint64_t& count, uint64_t& generation) {
    const size_t dot1 = name.find('.');
    if (dot1 == std::string_view::npos) return false;
    const std::string_view coll = name.substr(0, dot1);
    collection = kCollectionCount;
    for (size_t c = 0; c < kCollectionCount; ++c)
        if (coll == NameOf(c)) collection = c;
    if (collection == kCollectionCount) return false;
    std::string_view rest = name.substr(dot1 + 1);
    const size_t dot2 = rest.find('.');
    if (dot2 == std::string_view::npos) return false;
    const std::string_view pos = rest.substr(0, dot2);
    const size_t of = pos.find("of");
    if (of == std::string_view::npos) return false;
    if (!ParseUint(pos.substr(0, of), index) || !ParseUint(pos.substr(of + 2), count)) return false;
    rest = rest.substr(dot2 + 1);
    if (rest.size() < 7 || rest[0] != 'g' || rest.substr(rest.size() - 5) != ".json") return false;
    return ParseUint(rest.substr(1, rest.size() - 6), generation) && index < count;
}

std::string CountsText(const Store& s) {
    std::string text;
    for (size_t c = 0; c < kCollectionCount; ++c) {
        const size_t n = s.Count(static_cast<CollectionId>(c));
        if (n == 0) continue;
        if (!text.empty()) text += ", ";
        text += std::to_string(n) + " " + NameOf(c);
    }
    return text.empty() ? "no records" : text;
}

struct EncodedRecord {
    const std::string* id;
    uint64_t hash;
    std::string text;
};

// A shard file: one record per line, sorted by id so that equal contents give equal bytes.
std::string ShardText(size_t collection, std::vector<EncodedRecord*>& records) {
    std::sort(records.begin(), records.end(),
              [](const EncodedRecord* a, const EncodedRecord* b) { return *a->id < *b->id; });
    size_t size = 48;
    for (const auto* r : records) size += r->text.size() + 2;
    std::string text;
    text.reserve(size);
    text += "{\"collection\":\"";
    text += NameOf(collection);
    text += "\",\"records\":[\n";
    for (size_t i = 0; i < records.size(); ++i) {
        text += records[i]->text;
        if (i + 1 < records.size()) text += ',';
        text += '\n';
    }
    text += "]}\n";
    return text;
}

// Encodes a record as one line of compact JSON (AppendRecordJson: the same content as
// EncodeRecord, without building a DOM). A changed record's line is then checked the way
// the loader will read it (DecodeRecordText: the fast reader, no DOM unless it says no),
// so that a record the loader would refuse (e.g. a missing required field) fails the save
// with its name instead of making the whole generation unreadable.
template <class T>
bool Encode(const T& r, bool validate, size_t collection, std::vector<EncodedRecord>& out,
            std::string& error) {
    out.push_back(EncodedRecord{&r.id, Fnv1a64(r.id), std::string()});
    AppendRecordJson(out.back().text, r);
    if (validate) {
        T back;
        if (!DecodeRecordText(out.back().text, NameOf(collection), back, error)) {
            out.pop_back();
            return false;
        }
    }
    return true;
}

bool GetUint(const Json& obj, const char* key, uint64_t& out) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_unsigned()) return false;
    out = it->template get<uint64_t>();
    return true;
}

bool GetString(const Json& obj, const char* key, std::string& out) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return false;
    out = it->template get<std::string>();
    return true;
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char ch : bytes) {
        h ^= ch;
        h *= 0x100000001b3ULL;
    }
    return h;
}

uint32_t ShardOf(std::string_view id, uint32_t shard_count) {
    return ShardOfHash(Fnv1a64(id), shard_count);
}

// ---- Manifest

std::string EncodeManifest(const Manifest& m) {
    Json body = Json::object();
    body["format"] = kStoreFormat;
    body["layout"] = Manifest::kLayoutVersion;
    body["generation"] = m.generation;
    Json collections = Json::object();
    for (size_t c = 0; c < kCollectionCount; ++c) {
        Json shards = Json::array();
        for (const ShardEntry& e : m.shards[c]) {
            Json s = Json::object();
            s["file"] = e.file;
            s["checksum"] = Hex16(e.checksum);
            s["bytes"] = e.bytes;
            s["records"] = e.records;
            shards.push_back(std::move(s));
        }
        collections[NameOf(c)] = std::move(shards);
    }
    body["collections"] = std::move(collections);
    body["extra_json"] = m.extra_json;
    if (!m.saved_at.empty()) body["saved_at"] = m.saved_at.Format();
    const std::string body_text = DumpJson(body, 1);
    std::string out;
    out.reserve(body_text.size() + 48);
    out += kEnvelopeHead;
    out += Hex16(Fnv1a64(body_text));
    out += kEnvelopeMid;
    out += body_text;
    out += "}\n";
    return out;
}

namespace {

std::string NewerLayoutText(uint64_t layout) {
    return "made by a newer version of Client Card (layout " + std::to_string(layout) +
           "; this app reads layout " + std::to_string(Manifest::kLayoutVersion) + ")";
}

// A manifest of a later layout may change anything, the envelope included: whatever
// parses as JSON and names our format with a layout above ours is refused as newer, so
// that this app never takes it for damage and never falls back over it.
uint64_t DeclaredNewerLayout(std::string_view text) {
    Json j;
    std::string parse_error;
    if (!ParseJson(text, j, parse_error) || !j.is_object()) return 0;
    const Json* candidates[2] = {&j, nullptr};
    auto inner = j.find("manifest");
    if (inner != j.end() && inner->is_object()) candidates[1] = &*inner;
    for (const Json* c : candidates) {
        if (!c) continue;
        std::string format;
        uint64_t layout = 0;
        if (GetString(*c, "format", format) && format == kStoreFormat && GetUint(*c, "layout", layout) &&
            layout > static_cast<uint64_t>(Manifest::kLayoutVersion))
            return layout;
    }
    return 0;
}

bool Fail(LoadProblem& p, Damage kind, std::string detail) {
    p.kind = kind;
    p.detail = std::move(detail);
    return false;
}

bool DecodeManifestImpl(std::string_view bytes, Manifest& out, LoadProblem& problem) {
    out = Manifest{};
    while (!bytes.empty() && (bytes.back() == '\n' || bytes.back() == '\r' || bytes.back() == ' '))
        bytes.remove_suffix(1);
    const size_t head = kEnvelopeHead.size() + 16 + kEnvelopeMid.size();
    uint64_t checksum = 0;
    if (bytes.size() < head + 1 || bytes.substr(0, kEnvelopeHead.size()) != kEnvelopeHead ||
        bytes.substr(kEnvelopeHead.size() + 16, kEnvelopeMid.size()) != kEnvelopeMid ||
        !ParseHex16(bytes.substr(kEnvelopeHead.size(), 16), checksum) || bytes.back() != '}') {
        if (const uint64_t newer = DeclaredNewerLayout(bytes)) {
            problem.layout = newer;
            return Fail(problem, Damage::NewerLayout, NewerLayoutText(newer));
        }
        // The start of a manifest that stops early (or an empty file): cut off.
        const std::string_view start = bytes.substr(0, std::min(bytes.size(), kEnvelopeHead.size()));
        if (kEnvelopeHead.substr(0, start.size()) == start)
            return Fail(problem, Damage::Truncated, "truncated (the file ends early)");
        Json j;
        std::string parse_error;
        if (!ParseJson(bytes, j, parse_error))
            return Fail(problem, Damage::NotJson, "not JSON (overwritten with something else)");
        return Fail(problem, Damage::Inconsistent, "not a manifest (other JSON)");
    }
    const std::string_view body_text = bytes.substr(head, bytes.size() - head - 1);
    if (Fnv1a64(body_text) != checksum) {
        if (const uint64_t newer = DeclaredNewerLayout(body_text)) {
            problem.layout = newer;
            return Fail(problem, Damage::NewerLayout, NewerLayoutText(newer));
        }
        return Fail(problem, Damage::Checksum, "checksum mismatch (the file is damaged)");
    }
    Json body;
    std::string parse_error;
    if (!ParseJson(body_text, body, parse_error) || !body.is_object())
        return Fail(problem, Damage::NotJson,
                    "unreadable: " + (parse_error.empty() ? std::string("not an object") : parse_error));
    std::string format;
    if (!GetString(body, "format", format) || format != kStoreFormat)
        return Fail(problem, Damage::Inconsistent, "not a client-card-store manifest");
    uint64_t layout = 0;
    if (!GetUint(body, "layout", layout) || layout == 0)
        return Fail(problem, Damage::Inconsistent, "field \"layout\" is missing or invalid");
    if (layout > static_cast<uint64_t>(Manifest::kLayoutVersion)) {
        problem.layout = layout;
        return Fail(problem, Damage::NewerLayout, NewerLayoutText(layout));
    }
    if (!GetUint(body, "generation", out.generation))
        return Fail(problem, Damage::Inconsistent, "field \"generation\" is missing or invalid");
    problem.generation = out.generation;
    auto colls = body.find("collections");
    if (colls == body.end() || !colls->is_object())
        return Fail(problem, Damage::Inconsistent, "field \"collections\" is missing or invalid");
    for (size_t c = 0; c < kCollectionCount; ++c) {
        auto arr = colls->find(NameOf(c));
        // The history collection came within layout 1: a manifest written before it has no
        // "history" member, which means no history shards.
        if (arr == colls->end() && static_cast<CollectionId>(c) == CollectionId::History) continue;
        if (arr == colls->end() || !arr->is_array() ||
            (!arr->empty() && !IsPowerOfTwo(arr->size())) || arr->size() > (1u << 16))
            return Fail(problem, Damage::Inconsistent,
                        std::string("collection \"") + NameOf(c) + "\" is missing or invalid");
        for (size_t i = 0; i < arr->size(); ++i) {
            const Json& sh = (*arr)[i];
            ShardEntry e;
            std::string checksum_hex;
            size_t coll = 0;
            uint64_t index = 0, count = 0, gen = 0;
            if (!sh.is_object() || !GetString(sh, "file", e.file) ||
                !GetString(sh, "checksum", checksum_hex) || !ParseHex16(checksum_hex, e.checksum) ||
                !GetUint(sh, "bytes", e.bytes) || !GetUint(sh, "records", e.records) ||
                !ParseShardFileName(e.file, coll, index, count, gen) || coll != c || index != i ||
                count != arr->size() || gen > out.generation)
                return Fail(problem, Damage::Inconsistent,
                            std::string(NameOf(c)) + " shard " + std::to_string(i) + ": invalid entry");
            out.shards[c].push_back(std::move(e));
        }
    }
    auto extra = body.find("extra_json");
    if (extra != body.end()) {
        if (!extra->is_string()) return Fail(problem, Damage::Inconsistent, "field \"extra_json\" is invalid");
        out.extra_json = extra->get<std::string>();
    }
    // Optional (added within layout 1): a manifest without it, or with a value this
    // version cannot read, still loads; the time is then unknown.
    std::string saved_at;
    if (GetString(body, "saved_at", saved_at))
        if (auto m = Moment::Parse(saved_at)) out.saved_at = *m;
    return true;
}

bool IsValidUtf8(std::string_view s) {
    size_t i = 0;
    char32_t cp;
    while (i < s.size())
        if (!text::DecodeUtf8(s, i, cp)) return false;
    return true;
}

Moment WallClockNow() {
    Moment m;
    m.utc_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    m.offset_min = 0;
    return m;
}

}  // namespace

const char* DamageName(Damage d) {
    switch (d) {
        case Damage::None: return "none";
        case Damage::Missing: return "missing";
        case Damage::ReadError: return "read-error";
        case Damage::Truncated: return "truncated";
        case Damage::Checksum: return "checksum";
        case Damage::NotJson: return "not-json";
        case Damage::Inconsistent: return "inconsistent";
        case Damage::NewerLayout: return "newer-layout";
    }
    return "unknown";
}

bool DecodeManifest(std::string_view bytes, Manifest& out, std::string& error) {
    LoadProblem problem;
    if (DecodeManifestImpl(bytes, out, problem)) return true;
    error = problem.detail;
    return false;
}

bool BundleStorageFolder(FileSystem& fs, const std::string& dir, std::string& out, std::string& error,
                         size_t* file_count) {
    std::vector<std::string> names;
    if (!fs.ListDir(dir, names, error)) return false;
    std::sort(names.begin(), names.end());
    Json files = Json::array();
    for (const std::string& name : names) {
        Json f = Json::object();
        f["name"] = name;
        std::string bytes, read_error;
        if (!fs.ReadFile(JoinPath(dir, name), bytes, read_error)) {
            f["error"] = read_error;
        } else {
            f["bytes"] = bytes.size();
            if (IsValidUtf8(bytes)) f["text"] = bytes;
            else f["base64"] = Base64Encode(bytes);
        }
        files.push_back(std::move(f));
    }
    Json doc = Json::object();
    doc["format"] = "client-card-storage-files";
    doc["folder"] = dir;
    doc["note"] = "Every file of Client Card's storage folder as it was found, for repair or "
                  "support. This is not an export: import a backup made with Export instead.";
    doc["files"] = std::move(files);
    if (file_count) *file_count = doc["files"].size();
    out = DumpJson(doc, 1);
    return true;
}

// ---- StoreStorage

StoreStorage::StoreStorage(FileSystem& fs, std::string dir, StorageOptions options)
    : fs_(fs), dir_(std::move(dir)), options_(options) {
    if (!IsPowerOfTwo(options_.max_shards)) options_.max_shards = 256;
    if (options_.target_shard_bytes == 0) options_.target_shard_bytes = 256 * 1024;
}

std::string StoreStorage::ShardFileName(size_t collection, uint32_t index, uint32_t count,
                                        uint64_t generation) const {
    return std::string(NameOf(collection)) + "." + std::to_string(index) + "of" +
           std::to_string(count) + ".g" + std::to_string(generation) + ".json";
}

namespace {

// A shard's records through the fast reader (no DOM, records decoded straight from the
// text). False on anything unusual, damage included: the caller then reads the shard the
// reference way, which words the problem.
template <class Record>
bool ReadShardFast(std::string_view text, const char* collection, std::vector<Record>& out) {
    bool have_collection = false;
    const std::string_view want(collection);
    JsonReadError err;
    static const std::vector<std::string> kStreamed = {"records"};
    const bool ok = StreamJsonObjectFast(
        text, kStreamed,
        [&](std::string_view name, std::string_view value) {
            if (name != "collection" || have_collection) return false;
            have_collection = value.size() == want.size() + 2 && value.front() == '"' &&
                              value.substr(1, want.size()) == want && value.back() == '"';
            return have_collection;
        },
        [&](size_t, size_t, const JsonTape& tape) {
            out.emplace_back();
            return DecodeRecordFast(tape, 0, out.back());
        },
        err);
    return ok && have_collection;
}

// A shard's records read the reference way (a DOM, DecodeRecord): slower, but it classifies
// and words every problem (NotJson, Inconsistent with the record's name and field).
template <class Record>
bool ReadShardReference(std::string_view text, size_t c, const ShardEntry& e, std::vector<Record>& out,
                        LoadProblem& problem) {
    out.clear();
    Json j;
    std::string parse_error;
    if (!ParseJson(text, j, parse_error) || !j.is_object())
        return Fail(problem, Damage::NotJson, "unreadable: " + parse_error);
    std::string coll_name;
    auto recs = j.find("records");
    if (!GetString(j, "collection", coll_name) || coll_name != NameOf(c) || recs == j.end() ||
        !recs->is_array() || recs->size() != e.records)
        return Fail(problem, Damage::Inconsistent, "does not hold the records the manifest lists");
    out.reserve(recs->size());
    for (size_t k = 0; k < recs->size(); ++k) {
        out.emplace_back();
        std::string decode_error;
        if (!DecodeRecord((*recs)[k], e.file + "[" + std::to_string(k) + "]", out.back(), decode_error))
            return Fail(problem, Damage::Inconsistent, decode_error);
    }
    return true;
}

}  // namespace

namespace {

// A collection being read shard by shard: its records so far, and their index by id.
template <class Record>
struct PartialCollection {
    std::vector<Record> items;
    std::unordered_map<std::string, uint32_t> index;
    std::vector<Record> shard_records;  // the shard being read (reused)
};

// Reserves room for a collection's records. The manifest's record counts are only a hint
// until the shards are read: a damaged count must not reserve absurd memory (no record is
// under 8 bytes).
template <class Record>
void ReserveFor(PartialCollection<Record>& p, const std::vector<ShardEntry>& shards) {
    uint64_t total = 0, total_bytes = 0;
    for (const ShardEntry& e : shards) {
        total += e.records;
        total_bytes += e.bytes;
    }
    const auto expected = static_cast<size_t>(std::min(total, total_bytes / 8));
    p.items.reserve(expected);
    p.index.reserve(expected);
}

// Reads a shard file into `text` and checks its bytes are whole: it exists and reads, its
// size, then its checksum (`checksum`: false leaves the checksum for later: ContinueLoad
// reads the file again with it). False with `problem` otherwise.
bool ReadShardBytes(FileSystem& fs, const std::string& dir, const ShardEntry& e, std::string& text, bool checksum,
                    LoadProblem& problem) {
    const std::string path = JoinPath(dir, e.file);
    std::string read_error;
    problem.file = e.file;
    if (!fs.ReadFile(path, text, read_error))
        return Fail(problem, fs.Exists(path) ? Damage::ReadError : Damage::Missing, read_error);
    if (text.size() < e.bytes)
        return Fail(problem, Damage::Truncated,
                    "truncated: " + std::to_string(text.size()) + " of " + std::to_string(e.bytes) + " bytes");
    if (text.size() != e.bytes || (checksum && Fnv1a64(text) != e.checksum))
        return Fail(problem, Damage::Checksum, "checksum mismatch (the file is damaged)");
    return true;
}

// Reads shard i of collection c (of `shards`) into `p`: the file exists, its size and
// checksum match (`checksum`: false leaves the checksum for later), it parses, its
// collection and record count match, every record decodes and belongs to that shard, no
// id twice. False with `problem` otherwise.
template <class Record>
bool ReadShardInto(FileSystem& fs, const std::string& dir, size_t c, const std::vector<ShardEntry>& shards,
                   uint32_t i, PartialCollection<Record>& p, std::string& text, LoadProblem& problem,
                   LoadTiming& timing, bool checksum = true) {
    const ShardEntry& e = shards[i];
    const auto count = static_cast<uint32_t>(shards.size());
    const auto t0 = std::chrono::steady_clock::now();
    if (!ReadShardBytes(fs, dir, e, text, checksum, problem)) return false;
    const auto t1 = std::chrono::steady_clock::now();
    timing.read_ms += std::chrono::duration<double, std::milli>(t1 - t0).count();
    std::vector<Record>& records = p.shard_records;
    records.clear();
    records.reserve(static_cast<size_t>(std::min<uint64_t>(e.records, e.bytes / 8)));
    if (!(e.records > 0 && ReadShardFast(text, NameOf(c), records) && records.size() == e.records) &&
        !ReadShardReference(text, c, e, records, problem))
        return false;
    for (size_t k = 0; k < records.size(); ++k) {
        Record& rec = records[k];
        const auto pos = static_cast<uint32_t>(p.items.size());
        if (ShardOf(rec.id, count) != i || !p.index.emplace(rec.id, pos).second) {
            const std::string where = e.file + "[" + std::to_string(k) + "]";
            return Fail(problem, Damage::Inconsistent, where + ": record \"" + rec.id + "\" is misplaced or duplicated");
        }
        p.items.push_back(std::move(rec));
    }
    timing.parse_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
    return true;
}

// Hands a complete collection to the store (its indexes are built here).
template <class Record, class Col>
void AssignCollection(Col& col, PartialCollection<Record>& p, LoadTiming& timing) {
    const auto t = std::chrono::steady_clock::now();
    col.AssignAll(std::move(p.items), std::move(p.index));
    col.ClearDirty();
    timing.index_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// The highest generation among the shard file names (0 when none).
uint64_t MaxShardGeneration(const std::vector<std::string>& names) {
    uint64_t max_generation = 0;
    for (const std::string& name : names) {
        size_t c;
        uint64_t index, count, gen;
        if (ParseShardFileName(name, c, index, count, gen)) max_generation = std::max(max_generation, gen);
    }
    return max_generation;
}

// The collections a Load may leave for ContinueLoad: all but the employees, the clients
// (the list, and the search by name, INN, phone, e-mail) and the history (small).
bool Deferrable(size_t c) {
    switch (static_cast<CollectionId>(c)) {
        case CollectionId::Contacts:
        case CollectionId::Interactions:
        case CollectionId::Interests:
        case CollectionId::Relationships:
        case CollectionId::Contracts: return true;
        default: return false;
    }
}

}  // namespace

// A Load's collections still to read (ContinueLoad): the shards of `collections` in order;
// `partial` holds the collection being read (a PartialCollection of its record type).
struct StoreStorage::Deferred {
    // The shards loaded at once whose checksums were left for later, checked first.
    std::vector<std::pair<size_t, uint32_t>> unverified;  // (collection, shard)
    size_t verified = 0;
    std::vector<size_t> collections;
    size_t at = 0;        // index into collections
    uint32_t shard = 0;   // next shard of collections[at]
    std::shared_ptr<void> partial;
    uint64_t bytes_done = 0, bytes_total = 0;
    LoadReport report;    // the Load's report, finished when the last collection is in
    std::string text;     // shard bytes (reused)
};

StoreStorage::~StoreStorage() = default;

bool StoreStorage::TryLoad(const std::string& manifest_file, Store& out, Manifest& m,
                           std::string& bytes, LoadProblem& problem, bool may_defer) {
    problem = LoadProblem{};
    problem.file = manifest_file;
    std::string read_error;
    const std::string manifest_path = JoinPath(dir_, manifest_file);
    if (!fs_.ReadFile(manifest_path, bytes, read_error))
        return Fail(problem, fs_.Exists(manifest_path) ? Damage::ReadError : Damage::Missing, read_error);
    if (!DecodeManifestImpl(bytes, m, problem)) return false;
    out.Clear();
    out.extra_json = m.extra_json;
    std::vector<size_t> deferred;
    if (may_defer && options_.defer_min_bytes > 0) {
        uint64_t deferrable_bytes = 0;
        for (size_t c = 0; c < kCollectionCount; ++c)
            if (Deferrable(c))
                for (const ShardEntry& e : m.shards[c]) deferrable_bytes += e.bytes;
        if (deferrable_bytes >= options_.defer_min_bytes)
            for (size_t c = 0; c < kCollectionCount; ++c)
                if (Deferrable(c) && !m.shards[c].empty()) deferred.push_back(c);
    }
    // With a rest to read later, the first part's checksums are checked later too (first
    // thing after the first frame): its sizes are checked, it parses and decodes as always,
    // and nothing is saved before the checksums are through.
    const bool later = !deferred.empty();
    std::vector<std::pair<size_t, uint32_t>> unverified;
    std::string text;
    for (size_t c = 0; c < kCollectionCount; ++c) {
        if (std::find(deferred.begin(), deferred.end(), c) != deferred.end()) continue;
        const auto& shards = m.shards[c];
        bool ok = true;
        VisitCollection(out, c, [&](auto& col) {
            using Record = typename std::decay_t<decltype(col.All())>::value_type;
            PartialCollection<Record> p;
            ReserveFor(p, shards);
            for (uint32_t i = 0; i < shards.size() && ok; ++i) {
                ok = ReadShardInto(fs_, dir_, c, shards, i, p, text, problem, timing_, !later);
                if (ok && later) unverified.emplace_back(c, i);
            }
            if (ok) AssignCollection(col, p, timing_);
        });
        if (!ok) return false;
    }
    out.ClearDirty();
    deferred_.reset();
    if (later) {
        deferred_ = std::make_unique<Deferred>();
        deferred_->collections = std::move(deferred);
        deferred_->unverified = std::move(unverified);
        for (const auto& [c, i] : deferred_->unverified) deferred_->bytes_total += m.shards[c][i].bytes;
        for (size_t c : deferred_->collections)
            for (const ShardEntry& e : m.shards[c]) deferred_->bytes_total += e.bytes;
    }
    problem = LoadProblem{};
    return true;
}

namespace {

// "clients.0of1.g5.json: truncated: 10 of 200 bytes"
std::string ProblemText(const LoadProblem& p) {
    return p.file + ": " + (p.detail.empty() ? std::string(DamageName(p.kind)) : p.detail);
}

}  // namespace

LoadReport StoreStorage::Load(Store& out) { return LoadImpl(out, true); }

LoadReport StoreStorage::LoadImpl(Store& out, bool may_defer) {
    deferred_.reset();
    LoadReport report;
    report.dir = dir_;
    loaded_ = false;
    heal_ = false;
    timing_ = LoadTiming{};
    out = Store{};

    std::vector<std::string> names;
    std::string error;
    if (!fs_.ListDir(dir_, names, error)) {
        report.newest.kind = Damage::ReadError;
        report.newest.file = dir_;
        report.newest.detail = error;
        report.message = "The saved data could not be read (" + error +
                         "). Nothing was changed on disk.";
        return report;
    }
    // The next generation is newer than every file present, so it never reuses a name.
    uint64_t max_generation = MaxShardGeneration(names);
    const bool has_main = fs_.Exists(JoinPath(dir_, kManifestFile));
    const bool has_prev = fs_.Exists(JoinPath(dir_, kPreviousManifestFile));

    auto adopt = [&](Store& loaded, Manifest& m, std::string& bytes) {
        out = std::move(loaded);
        out.ClearDirty();
        current_ = std::move(m);
        current_bytes_ = std::move(bytes);
        previous_ = Manifest{};
        next_generation_ = std::max(max_generation, current_.generation) + 1;
        loaded_ = true;
        report.ok = true;
        report.generation = current_.generation;
        report.saved_at = current_.saved_at;
        report.clients = out.clients.size();
        report.records = 0;
        for (size_t c = 0; c < kCollectionCount; ++c) report.records += out.Count(static_cast<CollectionId>(c));
    };
    auto refuse_newer = [&](const LoadProblem& p) {
        out = Store{};
        report.newer_layout = p.layout;
        report.message = "The saved data was " + NewerLayoutText(p.layout) +
                         ". It was left exactly as it is, and this app will not save over it: open it "
                         "with the newer version.";
        return report;
    };

    if (!has_main && !has_prev) {
        // Nothing was ever committed (files of an unfinished first save are ignored and
        // removed by the next save).
        current_ = Manifest{};
        previous_ = Manifest{};
        current_bytes_.clear();
        next_generation_ = max_generation + 1;
        loaded_ = true;
        report.ok = true;
        report.fresh = true;
        return report;
    }

    report.newest.kind = Damage::Missing;
    report.newest.file = kManifestFile;
    report.newest.detail = "missing";
    if (has_main) {
        Store loaded;
        Manifest m;
        std::string bytes;
        if (TryLoad(kManifestFile, loaded, m, bytes, report.newest, may_defer)) {
            adopt(loaded, m, bytes);
            report.timing = timing_;
            if (deferred_) {
                // The rest comes with ContinueLoad; nothing is released until all is in (a
                // damaged shard there means reading the previous generation, whose
                // unchanged shards are these same files).
                report.pending = true;
                deferred_->report = report;
                return report;
            }
            ReleaseCurrentFiles();
            return report;
        }
        // Data of a newer version is never replaced by an older generation of it.
        if (report.newest.kind == Damage::NewerLayout) return refuse_newer(report.newest);
        max_generation = std::max(max_generation, m.generation);
    }

    report.previous.kind = Damage::Missing;
    report.previous.file = kPreviousManifestFile;
    report.previous.detail = "missing";
    if (has_prev) {
        Store loaded;
        Manifest m;
        std::string bytes;
        if (TryLoad(kPreviousManifestFile, loaded, m, bytes, report.previous, false)) {
            adopt(loaded, m, bytes);
            report.timing = timing_;
            heal_ = true;
            report.used_previous = true;
            const uint64_t newest_generation = report.newest.generation;
            const std::string newest =
                newest_generation ? "The newest save (generation " + std::to_string(newest_generation) + ")"
                                  : std::string("The newest save");
            report.message = newest + " could not be read (" + ProblemText(report.newest) +
                             "). The previous save (generation " + std::to_string(current_.generation) +
                             (current_.saved_at.empty() ? std::string()
                                                        : ", saved " + current_.saved_at.Format()) +
                             ") was loaded instead: " + CountsText(out) +
                             ". Changes made after it may be lost: export a backup now.";
            return report;
        }
        if (report.previous.kind == Damage::NewerLayout) return refuse_newer(report.previous);
    }

    out = Store{};
    report.message = "The saved data could not be read. Newest save: " + ProblemText(report.newest) +
                     ". Previous save: " + ProblemText(report.previous) +
                     ". Nothing was deleted, and nothing will be saved over it; import a backup "
                     "to continue.";
    return report;
}

void StoreStorage::ReleaseCurrentFiles() {
    // Every record is in the store now: the browser may drop its copy of the files.
    for (const auto& shards : current_.shards)
        for (const ShardEntry& e : shards) fs_.Release(JoinPath(dir_, e.file));
}

StoreStorage::Continue StoreStorage::ContinueLoad(Store& out, double budget_ms, LoadReport& finished) {
    if (!deferred_) return Continue::Done;
    Deferred& d = *deferred_;
    const auto start = std::chrono::steady_clock::now();
    auto spent = [&] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() >= budget_ms;
    };
    LoadProblem problem;
    bool ok = true;
    while (ok && d.verified < d.unverified.size()) {  // the first part's checksums, first
        const auto [c, i] = d.unverified[d.verified];
        const ShardEntry& e = current_.shards[c][i];
        const auto t0 = std::chrono::steady_clock::now();
        ok = ReadShardBytes(fs_, dir_, e, d.text, true, problem);
        d.report.timing.read_ms +=
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (!ok) break;
        d.bytes_done += e.bytes;
        ++d.verified;
        if (spent()) return Continue::More;
    }
    while (ok && d.at < d.collections.size()) {
        const size_t c = d.collections[d.at];
        const auto& shards = current_.shards[c];
        bool complete = false;
        VisitCollection(out, c, [&](auto& col) {
            using Record = typename std::decay_t<decltype(col.All())>::value_type;
            if (!d.partial) {
                auto fresh = std::make_shared<PartialCollection<Record>>();
                ReserveFor(*fresh, shards);
                d.partial = fresh;
            }
            auto& p = *static_cast<PartialCollection<Record>*>(d.partial.get());
            while (d.shard < shards.size()) {
                if (!ReadShardInto(fs_, dir_, c, shards, d.shard, p, d.text, problem, d.report.timing)) {
                    ok = false;
                    return;
                }
                d.bytes_done += shards[d.shard].bytes;
                ++d.shard;
                if (d.shard < shards.size() && spent()) return;  // (after its last shard: handed over now)
            }
            AssignCollection(col, p, d.report.timing);
            complete = true;
        });
        if (!ok || !complete) break;
        d.partial.reset();
        d.shard = 0;
        ++d.at;
        if (spent()) break;
    }
    if (!ok) {
        // A damaged shard: the newest generation is not whole after all. Load again without
        // deferring, which finds the same damage and reads the previous generation (or
        // reports both unreadable), exactly as a Load at start-up would have.
        deferred_.reset();
        finished = LoadImpl(out, false);
        return Continue::Reloaded;
    }
    if (d.at < d.collections.size()) return Continue::More;
    finished = std::move(d.report);
    finished.pending = false;
    finished.records = 0;
    for (size_t c = 0; c < kCollectionCount; ++c) finished.records += out.Count(static_cast<CollectionId>(c));
    // Files may have arrived since the Load listed the folder: the next generation stays
    // newer than all of them.
    std::vector<std::string> names;
    std::string error;
    if (fs_.ListDir(dir_, names, error)) next_generation_ = std::max(next_generation_, MaxShardGeneration(names) + 1);
    deferred_.reset();
    ReleaseCurrentFiles();
    return Continue::Done;
}

double StoreStorage::PendingFraction() const {
    if (!deferred_ || deferred_->bytes_total == 0) return deferred_ ? 0.0 : 1.0;
    return static_cast<double>(deferred_->bytes_done) / static_cast<double>(deferred_->bytes_total);
}

void StoreStorage::StartOver(Store& store) {
    deferred_.reset();
    current_ = Manifest{};
    previous_ = Manifest{};
    current_bytes_.clear();
    heal_ = false;
    loaded_ = true;
    store.MarkAllDirty();
}

bool StoreStorage::NeedsSave(const Store& store) const {
    return loaded_ && !deferred_ && (heal_ || store.HasChanges() || store.extra_json != current_.extra_json);
}

SaveReport StoreStorage::Save(Store& store) {
    SaveReport report;
    if (!loaded_) {
        report.error = "the saved data was not loaded, so it is not overwritten";
        return report;
    }
    if (deferred_) {
        report.error = "the saved data is still being read, so nothing is saved yet";
        return report;
    }
    const uint64_t gen = next_generation_;
    const size_t target = options_.target_shard_bytes;
    Manifest next;
    next.generation = gen;
    next.extra_json = store.extra_json;
    next.saved_at = options_.clock ? options_.clock() : WallClockNow();
    std::vector<PendingShard> pending;
    std::string error;

    if (!fs_.MakeDir(dir_, error)) {
        report.error = error;
        return report;
    }
    // Writes a planned shard under a name no manifest refers to yet, then drops its text.
    bool write_failed = false;
    auto write = [&](PendingShard& p) {
        ShardEntry& e = next.shards[p.collection][p.index];
        e.file = ShardFileName(p.collection, p.index, static_cast<uint32_t>(next.shards[p.collection].size()), gen);
        e.checksum = Fnv1a64(p.text);
        e.bytes = p.text.size();
        if (!fs_.WriteFile(JoinPath(dir_, e.file), p.text, error)) {
            write_failed = true;
            return false;
        }
        p.text = std::string();
        p.written = true;
        return true;
    };

    // Plan: which shards of which collection to write, with their bytes.
    for (size_t c = 0; c < kCollectionCount; ++c) {
        const std::vector<ShardEntry>& cur = current_.shards[c];
        next.shards[c] = cur;
        VisitCollection(store, c, [&](const auto& col) {
            const auto n = static_cast<uint32_t>(cur.size());
            bool full = col.AllDirty() || (n == 0 && !col.empty());
            if (!full && col.DirtyIds().empty()) return;
            const size_t first_pending = pending.size();
            if (!full) {
                std::vector<char> dirty(n, 0);
                for (const std::string& id : col.DirtyIds()) dirty[ShardOf(id, n)] = 1;
                std::vector<EncodedRecord> encoded;
                for (const auto& r : col.All()) {
                    if (!dirty[ShardOf(r.id, n)]) continue;
                    if (!Encode(r, col.DirtyIds().count(r.id) != 0, c, encoded, error)) return;
                }
                std::vector<std::vector<EncodedRecord*>> buckets(n);
                for (auto& e : encoded) buckets[ShardOfHash(e.hash, n)].push_back(&e);
                uint64_t total = 0;
                for (uint32_t i = 0; i < n; ++i) {
                    if (!dirty[i]) {
                        total += cur[i].bytes;
                        continue;
                    }
                    PendingShard p{c, i, ShardText(c, buckets[i])};
                    total += p.text.size();
                    next.shards[c][i].records = buckets[i].size();
                    pending.push_back(std::move(p));
                }
                // Outgrown: re-shard with a full rewrite of this collection.
                if (n < options_.max_shards && total > 2 * static_cast<uint64_t>(n) * target) {
                    full = true;
                    pending.resize(first_pending);
                }
            }
            if (full) {
                // Planned from the records' size hints, then encoded and written one shard
                // at a time: a large store's whole text at once (hundreds of MB) would not
                // fit beside the store in the browser tab's memory.
                uint64_t total = 0;
                std::vector<uint64_t> hashes;
                hashes.reserve(col.size());
                for (const auto& r : col.All()) {
                    hashes.push_back(Fnv1a64(r.id));
                    total += RecordJsonSizeHint(r) + 2;
                }
                uint32_t count = 0;
                if (!col.empty()) {
                    count = 1;
                    while (count < options_.max_shards && static_cast<uint64_t>(count) * target < total)
                        count *= 2;
                }
                std::vector<std::vector<uint32_t>> buckets(count);
                for (size_t k = 0; k < hashes.size(); ++k)
                    buckets[ShardOfHash(hashes[k], count)].push_back(static_cast<uint32_t>(k));
                next.shards[c].assign(count, ShardEntry{});
                const bool all_dirty = col.AllDirty();
                std::vector<EncodedRecord> encoded;
                std::vector<EncodedRecord*> records;
                for (uint32_t i = 0; i < count; ++i) {
                    encoded.clear();
                    records.clear();
                    encoded.reserve(buckets[i].size());
                    for (uint32_t k : buckets[i]) {
                        const auto& r = col[k];
                        if (!Encode(r, all_dirty || col.DirtyIds().count(r.id) != 0, c, encoded, error)) return;
                    }
                    for (auto& e : encoded) records.push_back(&e);
                    next.shards[c][i].records = records.size();
                    pending.push_back(PendingShard{c, i, ShardText(c, records)});
                    if (!write(pending.back())) return;
                }
            }
        });
        if (!error.empty()) {
            report.error = write_failed ? error : "cannot save " + error;
            return report;
        }
    }

    // 1. The new shards, under names no manifest refers to yet (a full rewrite's as they
    //    are made, above; the others here).
    for (PendingShard& p : pending)
        if (!p.written && !write(p)) {
            report.error = error;
            return report;
        }
    // 2. The new manifest, beside the current one.
    const std::string bytes = EncodeManifest(next);
    const std::string tmp_path = JoinPath(dir_, kTempManifestFile);
    if (!fs_.WriteFile(tmp_path, bytes, error)) {
        report.error = error;
        return report;
    }
    // 3. The current manifest becomes the previous one (manifest.json stays valid
    //    throughout, so a crash here still loads the current generation).
    if (!current_bytes_.empty() &&
        !fs_.WriteFile(JoinPath(dir_, kPreviousManifestFile), current_bytes_, error)) {
        report.error = error;
        return report;
    }
    // 4. Commit: one atomic rename.
    if (!fs_.Rename(tmp_path, JoinPath(dir_, kManifestFile), error)) {
        report.error = error;
        return report;
    }
    previous_ = std::move(current_);
    current_ = std::move(next);
    current_bytes_ = bytes;
    next_generation_ = gen + 1;
    heal_ = false;
    store.ClearDirty();
    report.ok = true;
    report.generation = gen;
    report.shards_written = pending.size();

    // 5. Remove the shard files that neither manifest names (the previous generation's
    //    replaced shards, leftovers of failed or interrupted saves).
    std::unordered_set<std::string> keep;
    for (const Manifest* m : {&current_, &previous_})
        for (const auto& shards : m->shards)
            for (const ShardEntry& e : shards) keep.insert(e.file);
    std::vector<std::string> names;
    if (!fs_.ListDir(dir_, names, error)) {
        report.cleanup_error = error;
        return report;
    }
    for (const std::string& name : names) {
        size_t c;
        uint64_t index, count, g;
        if (!ParseShardFileName(name, c, index, count, g) || keep.count(name)) continue;
        if (fs_.Remove(JoinPath(dir_, name), error))
            ++report.files_removed;
        else
            report.cleanup_error = error;
    }
    return report;
}

}  // namespace card
