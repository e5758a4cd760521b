// The interchange format v1, one record at a time (docs/FORMAT.md).
//
// What this file solves:
// - Encoding has one source of truth per entity: a Visit() function that lists the fields
//   in the documented order. Three writers walk it: JsonWriter (EncodeRecord, a DOM),
//   TextWriter (AppendRecordJson, plain string appends for fast export) and NameCollector
//   (the set of known field names, which tells the decoder what is "unknown").
// - Decoding is strict and never throws: every member is type-checked before it is read
//   (get_ptr, find), and the first problem becomes a message that names the record and
//   the field. nlohmann/json is built with JSON_NOEXCEPTION, where a throw would abort.
#include "io/json_codec.h"

#include "io/json_reader.h"
#include "model/text_scan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace card {
namespace {

// ---------------------------------------------------------------------------------------
// Small text helpers


}  // namespace

const char* JsonTypeName(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "a number";
        case Json::value_t::string: return "a string";
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::binary: return "binary data";
        case Json::value_t::discarded: return "nothing";
    }
    return "an unknown value";
}

std::string QuoteForMessage(std::string_view s) {
    constexpr size_t kMax = 60;
    bool cut = false;
    if (s.size() > kMax) {
        size_t n = kMax;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // UTF-8 boundary
        s = s.substr(0, n);
        cut = true;
    }
    std::string out;
    AppendJsonString(out, s);
    if (cut) out.insert(out.size() - 1, "\xE2\x80\xA6");  // "…" inside the quotes
    return out;
}

namespace {

template <class E>
std::string ExpectedList() {
    std::string out;
    for (size_t i = 0; i < EnumNames<E>::count; ++i) {
        if (i > 0) out += (i + 1 == EnumNames<E>::count) ? " or " : ", ";
        out += EnumNames<E>::values[i];
    }
    return out;
}

// Reads an integral JSON number (also 3.0) into int64. False for other values.
bool AsInt64(const Json& v, int64_t& out) {
    if (v.is_number_unsigned()) {
        const auto u = *v.get_ptr<const Json::number_unsigned_t*>();
        if (u > static_cast<uint64_t>(INT64_MAX)) return false;
        out = static_cast<int64_t>(u);
        return true;
    }
    if (v.is_number_integer()) {
        out = *v.get_ptr<const Json::number_integer_t*>();
        return true;
    }
    if (v.is_number_float()) {
        const double d = *v.get_ptr<const Json::number_float_t*>();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) return false;
        out = static_cast<int64_t>(d);
        return true;
    }
    return false;
}

// Standard base64 (RFC 4648 section 4) with padding and no line breaks.
bool Base64DecodedLength(std::string_view s, int64_t& length, std::string& why) {
    if (s.size() % 4 != 0) {
        why = "its length " + std::to_string(s.size()) + " is not a multiple of 4";
        return false;
    }
    size_t pad = 0;
    if (!s.empty() && s.back() == '=') pad = s[s.size() - 2] == '=' ? 2 : 1;
    for (size_t i = 0; i < s.size() - pad; ++i) {
        const char c = s[i];
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '+' || c == '/';
        if (!ok) {
            char buf[64];
            if (static_cast<unsigned char>(c) >= 0x21 && static_cast<unsigned char>(c) < 0x7F)
                std::snprintf(buf, sizeof buf, "invalid character '%c' at offset %zu", c, i);
            else
                std::snprintf(buf, sizeof buf, "invalid byte 0x%02X at offset %zu", static_cast<unsigned char>(c), i);
            why = buf;
            return false;
        }
    }
    length = static_cast<int64_t>(s.size() / 4 * 3 - pad);
    return true;
}

// The amount for the DOM: an integer when whole, else the double nearest to minor/100
// (which parses back to the same minor units within kMaxAmountMinor).
Json AmountDom(const Money& m) {
    if (m.minor % 100 == 0) return Json(static_cast<int64_t>(m.minor / 100));
    return Json(static_cast<double>(m.minor) / 100.0);
}

// ---------------------------------------------------------------------------------------
// Field lists: one Visit() per entity, in the documented order.

template <class W> void Visit(const Employee& r, W& w) {
    w.Text("id", r.id);
    w.Text("name", r.name);
    w.Text("position", r.position);
    w.Text("department", r.department);
    w.Text("phone", r.phone);
    w.Text("email", r.email);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Responsible& r, W& w) {
    w.Text("employee_id", r.employee_id);
    w.Enum("role", r.role);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Product& r, W& w) {
    w.Text("name", r.name);
    w.Text("version", r.version);
    w.Int("licenses", r.licenses);
    w.Text("notes", r.notes);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Infobase& r, W& w) {
    w.Text("name", r.name);
    w.Text("configuration", r.configuration);
    w.Text("version", r.version);
    w.Bool("needs_update", r.needs_update);
    w.DateField("updated_on", r.updated_on);
    w.Text("notes", r.notes);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Client& r, W& w) {
    w.Text("id", r.id);
    w.Text("name", r.name);
    w.Text("legal_name", r.legal_name);
    w.Enum("kind", r.kind);
    w.Text("inn", r.inn);
    w.Text("kpp", r.kpp);
    w.Text("ogrn", r.ogrn);
    w.Text("legal_address", r.legal_address);
    w.Text("actual_address", r.actual_address);
    w.TextList("phones", r.phones);
    w.TextList("emails", r.emails);
    w.Text("website", r.website);
    w.Text("segment", r.segment);
    w.Text("industry", r.industry);
    w.Text("size", r.size);
    w.Text("source", r.source);
    w.Enum("status", r.status);
    w.TextList("tags", r.tags);
    w.Text("notes", r.notes);
    w.MomentField("created_at", r.created_at);
    w.Objects("responsibles", r.responsibles);
    w.Objects("products", r.products);
    w.Objects("infobases", r.infobases);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Contact& r, W& w) {
    w.Text("id", r.id);
    w.Text("client_id", r.client_id);
    w.Text("name", r.name);
    w.Text("position", r.position);
    w.Text("role", r.role);
    w.TextList("phones", r.phones);
    w.TextList("emails", r.emails);
    w.Bool("primary", r.primary);
    w.Text("notes", r.notes);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Attachment& r, W& w) {
    w.Text("name", r.name);
    w.Text("mime", r.mime);
    w.Int("size", r.size);
    w.Text("data", r.data);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Interaction& r, W& w) {
    w.Text("id", r.id);
    w.Text("client_id", r.client_id);
    w.Ref("contact_id", r.contact_id);
    w.Ref("interest_id", r.interest_id);
    w.Enum("type", r.type);
    w.Enum("direction", r.direction);
    w.Text("subject", r.subject);
    w.Text("body", r.body);
    w.Text("result", r.result);
    w.MomentField("at", r.at);
    w.Int("duration_min", r.duration_min);
    w.Enum("status", r.status);
    w.Ref("owner_id", r.owner_id);
    w.Objects("attachments", r.attachments);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Interest& r, W& w) {
    w.Text("id", r.id);
    w.Text("client_id", r.client_id);
    w.Text("title", r.title);
    w.Text("project", r.project);
    w.Ref("responsible_id", r.responsible_id);
    w.Enum("state", r.state);
    w.MoneyField("expected_revenue", true, r.expected_revenue);
    w.Int("probability", r.probability);
    w.DateField("opened_on", r.opened_on);
    w.DateField("close_on", r.close_on);
    w.Text("notes", r.notes);
    w.Text("close_reason", r.close_reason);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Relationship& r, W& w) {
    w.Text("id", r.id);
    w.Text("from_client_id", r.from_client_id);
    w.Text("to_client_id", r.to_client_id);
    w.Enum("kind", r.kind);
    w.Text("note", r.note);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const Contract& r, W& w) {
    w.Text("id", r.id);
    w.Text("client_id", r.client_id);
    w.Enum("kind", r.kind);
    w.Text("number", r.number);
    w.Text("title", r.title);
    w.DateField("signed_on", r.signed_on);
    w.DateField("valid_from", r.valid_from);
    w.DateField("valid_to", r.valid_to);
    w.Enum("status", r.status);
    w.MoneyField("amount", r.has_amount, r.amount);
    w.Text("terms", r.terms);
    w.Extra(r.extra_json);
}

template <class W> void Visit(const HistoryEntry& r, W& w) {
    w.Text("id", r.id);
    w.Text("client_id", r.client_id);
    w.MomentField("at", r.at);
    w.Ref("author_id", r.author_id);
    w.Text("author", r.author);
    w.Text("entity", r.entity);
    w.Text("record_id", r.record_id);
    w.Text("record", r.record);
    w.Text("action", r.action);
    w.Text("field", r.field);
    w.Text("old", r.old_value);
    w.Text("new", r.new_value);
    w.Text("origin", r.origin);
    w.Extra(r.extra_json);
}

// Collects the field names a Visit() writes: the "known" fields of an entity.
struct NameCollector {
    std::vector<std::string_view> names;
    void Add(const char* k) { names.emplace_back(k); }
    void Text(const char* k, const std::string&) { Add(k); }
    void Ref(const char* k, const std::string&) { Add(k); }
    void TextList(const char* k, const std::vector<std::string>&) { Add(k); }
    void Bool(const char* k, bool) { Add(k); }
    void Int(const char* k, int64_t) { Add(k); }
    void DateField(const char* k, Date) { Add(k); }
    void MomentField(const char* k, const Moment&) { Add(k); }
    void MoneyField(const char* k, bool, const Money&) { Add(k); }
    template <class E> void Enum(const char* k, E) { Add(k); }
    template <class T> void Objects(const char* k, const std::vector<T>&) { Add(k); }
    void Extra(const std::string&) {}
};

struct FieldSet {
    std::vector<std::string_view> names;
    bool Has(std::string_view k) const {
        for (auto n : names)
            if (n == k) return true;
        return false;
    }
};

template <class T>
const FieldSet& KnownFields() {
    static const FieldSet set = [] {
        NameCollector c;
        Visit(T{}, c);
        return FieldSet{std::move(c.names)};
    }();
    return set;
}

// Parses extra_json text to an object; an empty object when there is none or it is broken.
Json ExtraObject(const std::string& extra_json) {
    Json j;
    std::string err;
    if (extra_json.empty() || !ParseJson(extra_json, j, err) || !j.is_object()) return Json::object();
    return j;
}

// Builds the DOM for EncodeRecord.
template <class T>
class JsonWriter {
public:
    explicit JsonWriter(Json& obj) : obj_(obj) {}
    void Text(const char* k, const std::string& s) { obj_[k] = s; }
    void Ref(const char* k, const std::string& s) {
        if (s.empty()) obj_[k] = nullptr;
        else obj_[k] = s;
    }
    void TextList(const char* k, const std::vector<std::string>& v) {
        Json a = Json::array();
        for (const auto& s : v) a.push_back(s);
        obj_[k] = std::move(a);
    }
    void Bool(const char* k, bool b) { obj_[k] = b; }
    void Int(const char* k, int64_t i) { obj_[k] = i; }
    void DateField(const char* k, Date d) {
        if (d.empty()) obj_[k] = nullptr;
        else obj_[k] = d.Format();
    }
    void MomentField(const char* k, const Moment& m) {
        if (m.empty()) obj_[k] = nullptr;
        else obj_[k] = m.Format();
    }
    void MoneyField(const char* k, bool has, const Money& m) {
        if (!has) {
            obj_[k] = nullptr;
            return;
        }
        Json o = Json::object();
        o["amount"] = AmountDom(m);
        o["currency"] = m.currency;
        obj_[k] = std::move(o);
    }
    template <class E> void Enum(const char* k, E e) { obj_[k] = EnumName(e); }
    template <class U> void Objects(const char* k, const std::vector<U>& v) {
        Json a = Json::array();
        for (const auto& item : v) {
            Json o = Json::object();
            JsonWriter<U> w(o);
            Visit(item, w);
            a.push_back(std::move(o));
        }
        obj_[k] = std::move(a);
    }
    void Extra(const std::string& extra_json) {
        if (extra_json.empty()) return;
        const FieldSet& known = KnownFields<T>();
        Json e = ExtraObject(extra_json);
        for (auto it = e.begin(); it != e.end(); ++it)
            if (!known.Has(it.key()) && obj_.find(it.key()) == obj_.end()) obj_[it.key()] = std::move(it.value());
    }

private:
    Json& obj_;
};

// ---------------------------------------------------------------------------------------
// The export's text writer. A record is written by raw pointer into a TextBuffer (one
// room check per field), then appended to the caller's string at once: appending token by
// token to a std::string, snprintf for dates and moments and std::to_string took most of
// the export's time (tests/bench/native_export.cpp). The bytes are those of the writer it
// replaced (tests/fixtures/export_golden.json): dates and moments as Date::Format and
// Moment::Format write them, amounts as Money::AmountText, strings as DumpJson.

class TextBuffer {
public:
    TextBuffer() = default;
    TextBuffer(const TextBuffer&) = delete;
    TextBuffer& operator=(const TextBuffer&) = delete;

    // Where to write at least n bytes; then End(past what was written).
    char* Room(size_t n) {
        if (static_cast<size_t>(cap_ - end_) < n) Grow(n);
        return end_;
    }
    void End(char* p) { end_ = p; }
    void Put(char c) { *Room(1) = c, ++end_; }
    void Put(const char* s, size_t n) {
        std::memcpy(Room(n), s, n);
        end_ += n;
    }
    void Put(std::string_view s) { Put(s.data(), s.size()); }
    const char* data() const { return begin_; }
    size_t size() const { return static_cast<size_t>(end_ - begin_); }
    void Truncate(size_t n) { end_ = begin_ + n; }

private:
    void Grow(size_t n) {
        const size_t used = size(), want = std::max(used + n, 2 * static_cast<size_t>(cap_ - begin_));
        std::unique_ptr<char[]> p(new char[want]);
        std::memcpy(p.get(), begin_, used);
        heap_ = std::move(p);
        begin_ = heap_.get(), end_ = begin_ + used, cap_ = begin_ + want;
    }
    char local_[2048];  // most records fit: no allocation
    std::unique_ptr<char[]> heap_;
    char* begin_ = local_;
    char* end_ = local_;
    char* cap_ = local_ + sizeof local_;
};

// ASCII bytes written as they are in a JSON string: not a control character, '"' or '\'.
constexpr bool PlainAscii(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c < 0x80; }

// True when none of the 8 bytes of w is a control character, '"', '\\' or >= 0x80
// (the classic "has a zero byte" bit trick, per condition).
constexpr bool PlainAscii8(uint64_t w) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;  // a byte < 0x20 (or >= 0x80)
    return ((w & kHigh) | below_space | has_zero(w ^ ('"' * kOnes)) | has_zero(w ^ ('\\' * kOnes))) == 0;
}

// `s` as a JSON string literal, byte for byte as DumpJson writes it (UTF-8 kept as is,
// control characters escaped; invalid UTF-8, never produced by import or ImGui, left to
// nlohmann, which replaces it with U+FFFD).
void PutJsonString(TextBuffer& b, std::string_view s) {
    constexpr size_t kChunk = 1024;  // input bytes per room check (each becomes at most 6)
    const size_t start = b.size();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    char* d = b.Room(2);
    *d++ = '"';
    size_t i = 0;
    while (i < n) {
        b.End(d);
        d = b.Room(6 * (kChunk + 3) + 1);  // a sequence may run 3 bytes past the chunk; the closing quote
        const size_t stop = std::min(n, i + kChunk);
        while (i < stop) {
            // Eight plain ASCII bytes at once (ids, numbers, Latin text)
            if (i + 8 <= stop) {
                uint64_t w;
                std::memcpy(&w, p + i, 8);
                if (PlainAscii8(w)) {
                    std::memcpy(d, &w, 8);
                    d += 8, i += 8;
                    continue;
                }
            }
            const unsigned char c = p[i];
            if (PlainAscii(c)) {
                *d++ = static_cast<char>(c), ++i;
                continue;
            }
            // A two-byte sequence (Cyrillic): the common case of the longer check below
            if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
                d[0] = static_cast<char>(c), d[1] = static_cast<char>(p[i + 1]);
                d += 2, i += 2;
                continue;
            }
            if (c >= 0x80) {
                const size_t len = text::Utf8SequenceLength(p + i, n - i);
                if (!len) {
                    b.Truncate(start);
                    b.Put(DumpJson(Json(std::string(s))));
                    return;
                }
                std::memcpy(d, p + i, len);
                d += len, i += len;
                continue;
            }
            *d++ = '\\', ++i;
            switch (c) {
                case '"': *d++ = '"'; break;
                case '\\': *d++ = '\\'; break;
                case '\b': *d++ = 'b'; break;
                case '\f': *d++ = 'f'; break;
                case '\n': *d++ = 'n'; break;
                case '\r': *d++ = 'r'; break;
                case '\t': *d++ = 't'; break;
                default: {
                    static const char kHex[] = "0123456789abcdef";
                    d[0] = 'u', d[1] = '0', d[2] = '0', d[3] = kHex[c >> 4], d[4] = kHex[c & 15];
                    d += 5;
                }
            }
        }
    }
    *d++ = '"';
    b.End(d);
}

// Decimal digits of u (what %llu and std::to_string write).
char* PutUnsigned(char* d, uint64_t u) {
    char tmp[20];
    int k = 0;
    do tmp[k++] = static_cast<char>('0' + u % 10), u /= 10;
    while (u);
    while (k) *d++ = tmp[--k];
    return d;
}

char* PutInt(char* d, int64_t v) {
    if (v < 0) *d++ = '-';
    return PutUnsigned(d, v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
}

// Exactly `width` digits of v (0 <= v < 10^width): %02d, %03d, %04d.
char* PutFixed(char* d, unsigned v, int width) {
    for (int k = width - 1; k >= 0; --k) d[k] = static_cast<char>('0' + v % 10), v /= 10;
    return d + width;
}

// "YYYY-MM-DD" (quoted) as Date::Format writes it. A year outside 0..9999 (never read
// from a file, only computable) goes through Date::Format itself.
void PutDate(TextBuffer& b, Date date) {
    int y;
    unsigned m, day;
    date.ToYmd(y, m, day);
    if (y < 0 || y > 9999) return PutJsonString(b, date.Format());
    char* d = b.Room(12);
    *d++ = '"';
    d = PutFixed(d, static_cast<unsigned>(y), 4), *d++ = '-';
    d = PutFixed(d, m, 2), *d++ = '-';
    d = PutFixed(d, day, 2), *d++ = '"';
    b.End(d);
}

// "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)" (quoted) as Moment::Format writes it; what
// it would write otherwise (a year outside 0..9999, an offset of 100 hours) through it.
void PutMoment(TextBuffer& b, const Moment& mo) {
    constexpr int64_t kDayMs = 86400000, kLimit = int64_t{1} << 53;
    const int offset = mo.offset_min < 0 ? -mo.offset_min : mo.offset_min;
    if (mo.utc_ms <= -kLimit || mo.utc_ms >= kLimit || offset / 60 > 99) return PutJsonString(b, mo.Format());
    const int64_t local_ms = mo.utc_ms + static_cast<int64_t>(mo.offset_min) * 60000;
    const int64_t days = local_ms / kDayMs - (local_ms % kDayMs < 0 ? 1 : 0);
    const auto rem = static_cast<unsigned>(local_ms - days * kDayMs);
    int y;
    unsigned m, day;
    Date{static_cast<int32_t>(days)}.ToYmd(y, m, day);  // |days| < 2^53 / kDayMs: fits
    if (y < 0 || y > 9999) return PutJsonString(b, mo.Format());
    char* d = b.Room(32);
    *d++ = '"';
    d = PutFixed(d, static_cast<unsigned>(y), 4), *d++ = '-';
    d = PutFixed(d, m, 2), *d++ = '-';
    d = PutFixed(d, day, 2), *d++ = 'T';
    d = PutFixed(d, rem / 3600000, 2), *d++ = ':';
    d = PutFixed(d, rem / 60000 % 60, 2), *d++ = ':';
    d = PutFixed(d, rem / 1000 % 60, 2);
    if (rem % 1000) *d++ = '.', d = PutFixed(d, rem % 1000, 3);
    if (offset == 0) {
        *d++ = 'Z';
    } else {
        *d++ = mo.offset_min < 0 ? '-' : '+';
        d = PutFixed(d, static_cast<unsigned>(offset / 60), 2), *d++ = ':';
        d = PutFixed(d, static_cast<unsigned>(offset % 60), 2);
    }
    *d++ = '"';
    b.End(d);
}

// Compact JSON text for AppendRecordJson: same content as JsonWriter, fields in the
// documented order, then unknown fields in name order. The field names come from Visit()
// as string literals, so each key is a copy of known length.
template <class T>
class TextWriter {
public:
    explicit TextWriter(TextBuffer& b) : b_(b) {}
    template <size_t N> void Text(const char (&k)[N], const std::string& s) {
        Key(k);
        PutJsonString(b_, s);
    }
    template <size_t N> void Ref(const char (&k)[N], const std::string& s) {
        if (s.empty()) return Literal(k, "null");
        Key(k);
        PutJsonString(b_, s);
    }
    template <size_t N> void TextList(const char (&k)[N], const std::vector<std::string>& v) {
        Key(k);
        b_.Put('[');
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) b_.Put(',');
            PutJsonString(b_, v[i]);
        }
        b_.Put(']');
    }
    template <size_t N> void Bool(const char (&k)[N], bool v) {
        if (v) Literal(k, "true");
        else Literal(k, "false");
    }
    template <size_t N> void Int(const char (&k)[N], int64_t i) {
        char* d = KeyRoom(k, 20);
        b_.End(PutInt(d, i));
    }
    template <size_t N> void DateField(const char (&k)[N], Date d) {
        if (d.empty()) return Literal(k, "null");
        Key(k);
        PutDate(b_, d);
    }
    template <size_t N> void MomentField(const char (&k)[N], const Moment& m) {
        if (m.empty()) return Literal(k, "null");
        Key(k);
        PutMoment(b_, m);
    }
    template <size_t N> void MoneyField(const char (&k)[N], bool has, const Money& m) {
        if (!has) return Literal(k, "null");
        // {"amount":1500000.50,"currency":...}: the exact decimal text, as Money::AmountText
        char* d = KeyRoom(k, 48);
        std::memcpy(d, "{\"amount\":", 10), d += 10;
        const uint64_t a = m.minor < 0 ? 0 - static_cast<uint64_t>(m.minor) : static_cast<uint64_t>(m.minor);
        if (m.minor < 0) *d++ = '-';
        d = PutUnsigned(d, a / 100), *d++ = '.';
        d = PutFixed(d, static_cast<unsigned>(a % 100), 2);
        std::memcpy(d, ",\"currency\":", 12), d += 12;
        b_.End(d);
        PutJsonString(b_, m.currency);
        b_.Put('}');
    }
    template <class E, size_t N> void Enum(const char (&k)[N], E e) {
        Key(k);
        PutJsonString(b_, EnumName(e));
    }
    template <class U, size_t N> void Objects(const char (&k)[N], const std::vector<U>& v) {
        Key(k);
        b_.Put('[');
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) b_.Put(',');
            b_.Put('{');
            TextWriter<U> w(b_);
            Visit(v[i], w);
            b_.Put('}');
        }
        b_.Put(']');
    }
    void Extra(const std::string& extra_json) {
        if (extra_json.empty()) return;
        const FieldSet& known = KnownFields<T>();
        const Json e = ExtraObject(extra_json);
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (known.Has(it.key())) continue;
            if (!first_) b_.Put(',');
            first_ = false;
            PutJsonString(b_, it.key());
            b_.Put(':');
            b_.Put(DumpJson(it.value()));
        }
    }

private:
    // `,"key":` (no comma before the first field) with `value_room` more bytes of room
    // after it. Known keys are plain lower_snake_case ASCII.
    template <size_t N> char* KeyRoom(const char (&k)[N], size_t value_room) {
        char* d = b_.Room(N + 3 + value_room);
        if (!first_) *d++ = ',';
        first_ = false;
        *d++ = '"';
        std::memcpy(d, k, N - 1), d += N - 1;
        *d++ = '"', *d++ = ':';
        return d;
    }
    template <size_t N> void Key(const char (&k)[N]) { b_.End(KeyRoom(k, 0)); }
    template <size_t N, size_t M> void Literal(const char (&k)[N], const char (&v)[M]) {
        char* d = KeyRoom(k, M - 1);
        std::memcpy(d, v, M - 1);
        b_.End(d + M - 1);
    }
    TextBuffer& b_;
    bool first_ = true;
};

// Estimates the length of AppendRecordJson's text from the sizes alone (no byte is
// read): the keys, the strings as they are (escapes make them a little longer), numbers
// at their widest. Export reserves its output with it: one allocation, no doubling of a
// string of hundreds of megabytes.
struct SizeHint {
    size_t n = 2;  // {}
    void Key(const char* k) { n += std::char_traits<char>::length(k) + 4; }  // "k":,
    void Text(const char* k, const std::string& s) { Key(k), n += s.size() + 2; }
    void Ref(const char* k, const std::string& s) { Key(k), n += s.size() + 4; }
    void TextList(const char* k, const std::vector<std::string>& v) {
        Key(k);
        n += 2;
        for (const auto& s : v) n += s.size() + 3;
    }
    void Bool(const char* k, bool) { Key(k), n += 5; }
    void Int(const char* k, int64_t) { Key(k), n += 20; }
    void DateField(const char* k, Date) { Key(k), n += 12; }
    void MomentField(const char* k, const Moment&) { Key(k), n += 31; }
    void MoneyField(const char* k, bool, const Money& m) { Key(k), n += 48 + m.currency.size(); }
    template <class E> void Enum(const char* k, E e) { Key(k), n += std::char_traits<char>::length(EnumName(e)) + 2; }
    template <class U> void Objects(const char* k, const std::vector<U>& v) {
        Key(k);
        n += 2;
        for (const auto& item : v) {
            SizeHint h;
            Visit(item, h);
            n += h.n + 1;
        }
    }
    void Extra(const std::string& extra_json) { n += extra_json.size(); }
};

template <class T>
size_t Hint(const T& r) {
    SizeHint h;
    Visit(r, h);
    return h.n;
}

template <class T>
Json Encode(const T& r) {
    Json obj = Json::object();
    JsonWriter<T> w(obj);
    Visit(r, w);
    return obj;
}

template <class T>
void AppendText(std::string& out, const T& r) {
    TextBuffer b;
    b.Put('{');
    TextWriter<T> w(b);
    Visit(r, w);
    b.Put('}');
    out.append(b.data(), b.size());
}

// Flattens a record to bytes for RecordsEqual: the same content as the JSON, without
// escaping or number formatting.
template <class T>
class FlatWriter {
public:
    explicit FlatWriter(std::string& out) : out_(out) {}
    void Text(const char*, const std::string& s) { Str(s); }
    void Ref(const char*, const std::string& s) { Str(s); }
    void TextList(const char*, const std::vector<std::string>& v) {
        Size(v.size());
        for (const auto& s : v) Str(s);
    }
    void Bool(const char*, bool b) { out_ += b ? '1' : '0'; }
    void Int(const char*, int64_t i) { Raw(&i, sizeof i); }
    void DateField(const char*, Date d) { Raw(&d.days, sizeof d.days); }
    void MomentField(const char*, const Moment& m) {
        Raw(&m.utc_ms, sizeof m.utc_ms);
        if (!m.empty()) Raw(&m.offset_min, sizeof m.offset_min);
    }
    void MoneyField(const char*, bool has, const Money& m) {
        out_ += has ? '1' : '0';
        if (!has) return;
        Raw(&m.minor, sizeof m.minor);
        Str(m.currency);
    }
    template <class E> void Enum(const char*, E e) { out_ += static_cast<char>(e); }
    template <class U> void Objects(const char*, const std::vector<U>& v) {
        Size(v.size());
        for (const auto& item : v) {
            FlatWriter<U> w(out_);
            Visit(item, w);
        }
    }
    void Extra(const std::string& extra_json) { Str(extra_json); }

private:
    void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
    void Size(size_t n) { Raw(&n, sizeof n); }
    void Str(const std::string& s) {
        Size(s.size());
        out_ += s;
    }
    std::string& out_;
};

template <class T>
bool Equal(const T& a, const T& b) {
    if (a.id != b.id) return false;
    std::string fa, fb;
    FlatWriter<T> wa(fa), wb(fb);
    Visit(a, wa);
    Visit(b, wb);
    return fa == fb;
}

// ---------------------------------------------------------------------------------------
// Decoding

enum class Need { Optional, Required, NonBlank };

bool IsBlank(const std::string& s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

// Reads the members of one JSON object. After the first failure every call is a no-op
// and the message stays that of the first problem.
class Reader {
public:
    Reader(const Json& obj, std::string label, std::string prefix, std::string& error)
        : obj_(obj), label_(std::move(label)), prefix_(std::move(prefix)), error_(error) {}

    bool ok() const { return ok_; }
    const std::string& label() const { return label_; }
    const std::string& prefix() const { return prefix_; }
    std::string& error() { return error_; }

    bool Fail(std::string_view field, const std::string& what) {
        if (ok_) {
            error_ = label_ + ": field \"" + prefix_ + std::string(field) + "\": " + what;
            ok_ = false;
        }
        return false;
    }

    // The member, or nullptr when absent or null (both mean "not given").
    const Json* Get(const char* key) const {
        auto it = obj_.find(key);
        if (it == obj_.end() || it->is_null()) return nullptr;
        return &*it;
    }

    bool Missing(const char* key) { return Fail(key, "required field is missing"); }
    bool WrongType(std::string_view key, const char* expected, const Json& v) {
        return Fail(key, std::string("expected ") + expected + ", got " + JsonTypeName(v));
    }

    void Text(const char* key, std::string& out, Need need = Need::Optional) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) {
            if (need != Need::Optional) Missing(key);
            return;
        }
        const auto* s = v->get_ptr<const std::string*>();
        if (!s) {
            WrongType(key, "a string", *v);
            return;
        }
        if (need == Need::Required && s->empty()) {
            Fail(key, "must not be empty");
            return;
        }
        if (need == Need::NonBlank && IsBlank(*s)) {
            Fail(key, "must not be empty");
            return;
        }
        out = *s;
    }

    // An optional reference: absent, null or "" all mean "none".
    void Ref(const char* key, std::string& out) { Text(key, out, Need::Optional); }

    void TextList(const char* key, std::vector<std::string>& out) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, "an array of strings", *v);
            return;
        }
        out.clear();
        out.reserve(v->size());
        for (size_t i = 0; i < v->size(); ++i) {
            const Json& e = (*v)[i];
            const auto* s = e.get_ptr<const std::string*>();
            if (!s) {
                WrongType(std::string(key) + "[" + std::to_string(i) + "]", "a string", e);
                return;
            }
            out.push_back(*s);
        }
    }

    void Bool(const char* key, bool& out) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) return;
        const auto* b = v->get_ptr<const bool*>();
        if (!b) {
            WrongType(key, "true or false", *v);
            return;
        }
        out = *b;
    }

    // An integer in [lo, hi]; absent or null keeps the default.
    void Int(const char* key, int64_t& out, int64_t lo, int64_t hi, bool* present = nullptr) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) return;
        int64_t i = 0;
        if (!v->is_number()) {
            WrongType(key, "an integer", *v);
            return;
        }
        if (!AsInt64(*v, i)) {
            // A whole number too large for 64 bits (or for a double's exact integers):
            // say so, rather than "expected an integer".
            const double d = v->is_number_float() ? *v->get_ptr<const Json::number_float_t*>() : 0.0;
            if (v->is_number_unsigned() || (std::isfinite(d) && d == std::floor(d)))
                Fail(key, DumpJson(*v) + " is out of range (expected " + std::to_string(lo) + ".." +
                              std::to_string(hi) + ")");
            else
                Fail(key, "expected an integer, got " + DumpJson(*v));
            return;
        }
        if (i < lo || i > hi) {
            if (lo == 0 && hi == INT64_MAX)
                Fail(key, DumpJson(*v) + " is negative (expected a non-negative integer)");
            else
                Fail(key, DumpJson(*v) + " is out of range (expected " + std::to_string(lo) + ".." +
                              std::to_string(hi) + ")");
            return;
        }
        out = i;
        if (present) *present = true;
    }

    template <class E>
    void Enum(const char* key, E& out, Need need = Need::Optional) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) {
            if (need != Need::Optional) Missing(key);
            return;
        }
        const auto* s = v->get_ptr<const std::string*>();
        if (!s) {
            WrongType(key, "a string", *v);
            return;
        }
        if (!ParseEnum(*s, out))
            Fail(key, "unknown value " + QuoteForMessage(*s) + " (expected " + ExpectedList<E>() + ")");
    }

    void DateField(const char* key, Date& out) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) return;
        const auto* s = v->get_ptr<const std::string*>();
        if (!s) {
            WrongType(key, "a date string \"YYYY-MM-DD\"", *v);
            return;
        }
        if (s->empty()) return;  // "" is "no date", as null
        auto d = Date::Parse(*s);
        if (!d) {
            Fail(key, "invalid date " + QuoteForMessage(*s) + " (expected YYYY-MM-DD, a real day)");
            return;
        }
        out = *d;
    }

    void MomentField(const char* key, Moment& out, Need need = Need::Optional) {
        if (!ok_) return;
        const Json* v = Get(key);
        const std::string* s = v ? v->get_ptr<const std::string*>() : nullptr;
        if (v && !s) {
            WrongType(key, "a date-time string", *v);
            return;
        }
        if (!s || s->empty()) {
            if (need != Need::Optional) Missing(key);
            return;
        }
        auto m = Moment::Parse(*s);
        if (!m) {
            Fail(key, "invalid date-time " + QuoteForMessage(*s) +
                          " (expected ISO 8601 with an offset, e.g. 2026-11-27T10:30:00+03:00)");
            return;
        }
        out = *m;
    }

    // {"amount": number, "currency": "RUB"}; `has` tells whether it was given.
    void MoneyField(const char* key, Money& out, bool& has) {
        if (!ok_) return;
        const Json* v = Get(key);
        has = false;
        if (!v) return;
        if (!v->is_object()) {
            WrongType(key, "a money object {\"amount\": number, \"currency\": \"RUB\"}", *v);
            return;
        }
        const std::string amount_key = std::string(key) + ".amount";
        const std::string currency_key = std::string(key) + ".currency";
        Money m;
        auto a = v->find("amount");
        if (a == v->end() || a->is_null()) {
            Fail(amount_key, "required field is missing");
            return;
        }
        if (!a->is_number()) {
            WrongType(amount_key, "a number", *a);
            return;
        }
        const std::string range_msg = DumpJson(*a) + " is out of range (at most 10000000000000 in absolute value)";
        int64_t whole = 0;
        if (a->is_number_integer()) {  // exact, no double involved
            if (!AsInt64(*a, whole) || whole > kMaxAmountMinor / 100 || whole < -kMaxAmountMinor / 100) {
                Fail(amount_key, range_msg);
                return;
            }
            m.minor = whole * 100;
        } else {
            const double d = *a->get_ptr<const Json::number_float_t*>();
            if (!(std::fabs(d) <= static_cast<double>(kMaxAmountMinor / 100))) {
                Fail(amount_key, range_msg);
                return;
            }
            auto minor = Money::MinorFromDouble(d);
            if (!minor) {
                Fail(amount_key, DumpJson(*a) + " has more than 2 decimals");
                return;
            }
            m.minor = *minor;
        }
        auto c = v->find("currency");
        if (c != v->end() && !c->is_null()) {
            const auto* s = c->get_ptr<const std::string*>();
            if (!s) {
                WrongType(currency_key, "a string", *c);
                return;
            }
            if (!Money::IsCurrencyCode(*s)) {
                Fail(currency_key, QuoteForMessage(*s) + " is not a currency code (expected 3 upper-case letters, e.g. RUB)");
                return;
            }
            m.currency = *s;
        }
        out = std::move(m);
        has = true;
    }

    // An attachment's "data" (required base64) and its size, checked against "size".
    void AttachmentData(Attachment& r, bool has_size) {
        if (!ok_) return;
        const Json* data = Get("data");
        if (!data) {
            Missing("data");
            return;
        }
        const auto* s = data->get_ptr<const std::string*>();
        if (!s) {
            WrongType("data", "a base64 string", *data);
            return;
        }
        int64_t length = 0;
        std::string why;
        if (!Base64DecodedLength(*s, length, why)) {
            Fail("data", "not valid base64: " + why);
            return;
        }
        if (has_size && r.size != length) {
            Fail("size", std::to_string(r.size) + " does not match the length of the decoded data (" +
                             std::to_string(length) + " bytes)");
            return;
        }
        r.size = length;
        r.data = *s;
    }

    // An array of nested objects, each decoded by `decode(reader, item)`.
    template <class T, class F>
    void Objects(const char* key, std::vector<T>& out, F decode) {
        if (!ok_) return;
        const Json* v = Get(key);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, "an array of objects", *v);
            return;
        }
        out.clear();
        out.reserve(v->size());
        for (size_t i = 0; i < v->size(); ++i) {
            const Json& e = (*v)[i];
            const std::string name = std::string(key) + "[" + std::to_string(i) + "]";
            if (!e.is_object()) {
                WrongType(name, "an object", e);
                return;
            }
            Reader sub(e, label_, prefix_ + name + ".", error_);
            T item;
            decode(sub, item);
            if (!sub.ok()) {
                ok_ = false;
                return;
            }
            item.extra_json = sub.Extra<T>();
            out.push_back(std::move(item));
        }
    }

    // The members this entity does not know, as compact JSON object text ("" when none).
    template <class T>
    std::string Extra() const {
        if (!ok_) return {};
        const FieldSet& known = KnownFields<T>();
        Json extra;
        for (auto it = obj_.begin(); it != obj_.end(); ++it)
            if (!known.Has(it.key())) extra[it.key()] = it.value();
        return extra.is_null() ? std::string() : DumpJson(extra);
    }

private:
    const Json& obj_;
    std::string label_, prefix_;
    std::string& error_;
    bool ok_ = true;
};

// Common start of a record: an object with a non-empty string id. Builds the label
// `where (id "…")` used by every later message.
bool BeginRecord(const Json& j, const std::string& where, std::string& label, std::string& error) {
    label = where;
    if (!j.is_object()) {
        error = where + ": expected an object, got " + JsonTypeName(j);
        return false;
    }
    auto it = j.find("id");
    if (it != j.end())
        if (const auto* s = it->get_ptr<const std::string*>(); s && !s->empty()) label = DescribeRecord(where, *s);
    return true;
}

template <class T, class F>
bool DecodeWith(const Json& j, const std::string& where, T& out, std::string& error, F fields) {
    std::string label;
    if (!BeginRecord(j, where, label, error)) return false;
    Reader rd(j, label, "", error);
    T r;
    rd.Text("id", r.id, Need::Required);
    fields(rd, r);
    if (!rd.ok()) return false;
    r.extra_json = rd.Extra<T>();
    out = std::move(r);
    return true;
}

template <class R>
void DecodeResponsible(R& rd, Responsible& r) {
    rd.Text("employee_id", r.employee_id, Need::Required);
    rd.Enum("role", r.role);
}

template <class R>
void DecodeProduct(R& rd, Product& r) {
    rd.Text("name", r.name);
    rd.Text("version", r.version);
    rd.Int("licenses", r.licenses, 0, INT64_MAX);
    rd.Text("notes", r.notes);
}

template <class R>
void DecodeInfobase(R& rd, Infobase& r) {
    rd.Text("name", r.name);
    rd.Text("configuration", r.configuration);
    rd.Text("version", r.version);
    rd.Bool("needs_update", r.needs_update);
    rd.DateField("updated_on", r.updated_on);
    rd.Text("notes", r.notes);
}

template <class R>
void DecodeAttachment(R& rd, Attachment& r) {
    rd.Text("name", r.name);
    rd.Text("mime", r.mime);
    bool has_size = false;
    rd.Int("size", r.size, 0, INT64_MAX, &has_size);
    rd.AttachmentData(r, has_size);
}

// ---------------------------------------------------------------------------------------
// Fast decoding: the same field lists (Fields() below) read from a JsonTape instead of a
// DOM. FastReader accepts exactly what Reader accepts and yields the same record; it
// gives no message: on any problem it only says false, and the caller decodes the same
// JSON with Reader, which words the message (a problem is the rare case).

// The known field names of an entity as a small hash table: name -> position in
// KnownFields<T>().names.
struct FieldTable {
    static constexpr size_t kSize = 128;
    int8_t slot[kSize];
    const FieldSet* set = nullptr;
    static size_t Hash(std::string_view k) {
        size_t h = k.size() * 131u;
        for (unsigned char c : k) h = h * 31u + c;
        return h;
    }
    explicit FieldTable(const FieldSet& s) : set(&s) {
        for (auto& v : slot) v = -1;
        for (size_t i = 0; i < s.names.size(); ++i) {
            size_t h = Hash(s.names[i]) % kSize;
            while (slot[h] >= 0) h = (h + 1) % kSize;
            slot[h] = static_cast<int8_t>(i);
        }
    }
    int Find(std::string_view k) const {
        for (size_t h = Hash(k) % kSize;; h = (h + 1) % kSize) {
            const int8_t i = slot[h];
            if (i < 0) return -1;
            if (set->names[static_cast<size_t>(i)] == k) return i;
        }
    }
};

template <class T>
const FieldTable& KnownTable() {
    static const FieldTable table(KnownFields<T>());
    return table;
}

template <class T>
class FastReader {
public:
    static constexpr size_t kMaxFields = 32;

    FastReader(const JsonTape& tape, size_t obj) : tape_(tape), obj_(obj) {
        const FieldTable& table = KnownTable<T>();
        for (auto& v : value_) v = 0;
        if (table.set->names.size() > kMaxFields) {  // no entity has that many: keep it safe
            ok_ = false;
            return;
        }
        const JsonNode& o = tape[obj];
        for (size_t i = obj + 1; i < o.end;) {
            const JsonNode& key = tape[i];
            if (key.escaped) {  // rare: the reference path handles it
                ok_ = false;
                return;
            }
            const std::string_view name = tape.Raw(key).substr(1, key.size - 2);
            const int f = table.Find(name);
            if (f >= 0) {
                if (value_[f]) {  // a duplicate key: the reference path decides
                    ok_ = false;
                    return;
                }
                value_[f] = static_cast<uint32_t>(i + 1);
            } else {
                for (uint32_t u : unknown_)
                    if (tape.Raw(tape[u]) == tape.Raw(key)) {
                        ok_ = false;
                        return;
                    }
                unknown_.push_back(static_cast<uint32_t>(i));
            }
            i = tape[i + 1].end;
        }
    }

    bool ok() const { return ok_; }
    bool Fail(std::string_view, const std::string&) { return ok_ = false; }

    // The member's value, or nullptr when absent or null.
    const JsonNode* Get(const char* key) const {
        const int f = KnownTable<T>().Find(key);
        if (f < 0 || !value_[f]) return nullptr;
        const JsonNode* v = &tape_[value_[f]];
        return v->kind == JsonKind::Null ? nullptr : v;
    }

    void Text(const char* key, std::string& out, Need need = Need::Optional) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) {
            if (need != Need::Optional) ok_ = false;
            return;
        }
        if (v->kind != JsonKind::String) {
            ok_ = false;
            return;
        }
        const std::string_view s = tape_.Str(*v, scratch_);
        if ((need == Need::Required && s.empty()) || (need == Need::NonBlank && IsBlankView(s))) {
            ok_ = false;
            return;
        }
        out.assign(s.data(), s.size());
    }
    void Ref(const char* key, std::string& out) { Text(key, out, Need::Optional); }

    void TextList(const char* key, std::vector<std::string>& out) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) return;
        if (v->kind != JsonKind::Array) {
            ok_ = false;
            return;
        }
        out.clear();
        out.reserve(v->count);
        for (size_t i = Index(v) + 1; i < v->end; i = tape_[i].end) {
            if (tape_[i].kind != JsonKind::String) {
                ok_ = false;
                return;
            }
            const std::string_view s = tape_.Str(tape_[i], scratch_);
            out.emplace_back(s.data(), s.size());
        }
    }

    void Bool(const char* key, bool& out) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) return;
        if (v->kind == JsonKind::True) out = true;
        else if (v->kind == JsonKind::False) out = false;
        else ok_ = false;
    }

    void Int(const char* key, int64_t& out, int64_t lo, int64_t hi, bool* present = nullptr) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) return;
        int64_t i = 0;
        if (!AsInt(*v, i) || i < lo || i > hi) {
            ok_ = false;
            return;
        }
        out = i;
        if (present) *present = true;
    }

    template <class E>
    void Enum(const char* key, E& out, Need need = Need::Optional) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) {
            if (need != Need::Optional) ok_ = false;
            return;
        }
        if (v->kind != JsonKind::String || !ParseEnum(tape_.Str(*v, scratch_), out)) ok_ = false;
    }

    void DateField(const char* key, Date& out) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) return;
        if (v->kind != JsonKind::String) {
            ok_ = false;
            return;
        }
        const std::string_view s = tape_.Str(*v, scratch_);
        if (s.empty()) return;
        auto d = Date::Parse(s);
        if (!d) {
            ok_ = false;
            return;
        }
        out = *d;
    }

    void MomentField(const char* key, Moment& out, Need need = Need::Optional) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (v && v->kind != JsonKind::String) {
            ok_ = false;
            return;
        }
        const std::string_view s = v ? tape_.Str(*v, scratch_) : std::string_view();
        if (s.empty()) {
            if (need != Need::Optional) ok_ = false;
            return;
        }
        auto m = Moment::Parse(s);
        if (!m) {
            ok_ = false;
            return;
        }
        out = *m;
    }

    void MoneyField(const char* key, Money& out, bool& has) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        has = false;
        if (!v) return;
        if (v->kind != JsonKind::Object) {
            ok_ = false;
            return;
        }
        const JsonNode* amount = nullptr;
        const JsonNode* currency = nullptr;
        for (size_t i = Index(v) + 1; i < v->end; i = tape_[i + 1].end) {
            const JsonNode& k = tape_[i];
            if (k.escaped) return void(ok_ = false);
            const std::string_view name = tape_.Raw(k).substr(1, k.size - 2);
            const JsonNode** slot = name == "amount" ? &amount : name == "currency" ? &currency : nullptr;
            if (!slot) continue;  // other members of a money object are ignored
            if (*slot) return void(ok_ = false);  // a duplicate: the reference path decides
            *slot = &tape_[i + 1];
        }
        if (!amount || amount->kind == JsonKind::Null) return void(ok_ = false);
        Money m;
        if (amount->kind == JsonKind::Integer || amount->kind == JsonKind::Unsigned) {
            int64_t whole = 0;
            if (!AsInt(*amount, whole) || whole > kMaxAmountMinor / 100 || whole < -kMaxAmountMinor / 100)
                return void(ok_ = false);
            m.minor = whole * 100;
        } else if (amount->kind == JsonKind::Float) {
            const double d = amount->d;
            if (!(std::fabs(d) <= static_cast<double>(kMaxAmountMinor / 100))) return void(ok_ = false);
            auto minor = Money::MinorFromDouble(d);
            if (!minor) return void(ok_ = false);
            m.minor = *minor;
        } else {
            return void(ok_ = false);
        }
        if (currency && currency->kind != JsonKind::Null) {
            if (currency->kind != JsonKind::String) return void(ok_ = false);
            const std::string_view s = tape_.Str(*currency, scratch_);
            if (!Money::IsCurrencyCode(s)) return void(ok_ = false);
            m.currency.assign(s.data(), s.size());
        }
        out = std::move(m);
        has = true;
    }

    void AttachmentData(Attachment& r, bool has_size) {
        if (!ok_) return;
        const JsonNode* v = Get("data");
        if (!v || v->kind != JsonKind::String) return void(ok_ = false);
        const std::string_view s = tape_.Str(*v, scratch_);
        int64_t length = 0;
        std::string why;
        if (!Base64DecodedLength(s, length, why) || (has_size && r.size != length)) return void(ok_ = false);
        r.size = length;
        r.data.assign(s.data(), s.size());
    }

    template <class U, class F>
    void Objects(const char* key, std::vector<U>& out, F decode) {
        if (!ok_) return;
        const JsonNode* v = Get(key);
        if (!v) return;
        if (v->kind != JsonKind::Array) return void(ok_ = false);
        out.clear();
        out.reserve(v->count);
        for (size_t i = Index(v) + 1; i < v->end; i = tape_[i].end) {
            if (tape_[i].kind != JsonKind::Object) return void(ok_ = false);
            FastReader<U> sub(tape_, i);
            U item;
            decode(sub, item);
            if (!sub.ok()) return void(ok_ = false);
            item.extra_json = sub.Extra();
            out.push_back(std::move(item));
        }
    }

    // The members this entity does not know, as compact JSON object text ("" when none),
    // exactly as Reader::Extra writes them (nlohmann reads and dumps them: rare).
    std::string Extra() {
        if (!ok_ || unknown_.empty()) return {};
        Json extra = Json::object();
        for (uint32_t k : unknown_) {
            const JsonNode& key = tape_[k];
            const std::string_view raw = tape_.Raw(tape_[k + 1]);
            Json value = Json::parse(raw.begin(), raw.end(), nullptr, /*allow_exceptions=*/false);
            if (value.is_discarded()) {
                ok_ = false;
                return {};
            }
            extra[std::string(tape_.Raw(key).substr(1, key.size - 2))] = std::move(value);
        }
        return DumpJson(extra);
    }

private:
    size_t Index(const JsonNode* v) const { return static_cast<size_t>(v - tape_.nodes().data()); }
    static bool IsBlankView(std::string_view s) {
        for (char c : s)
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
        return true;
    }
    // As AsInt64 on the DOM.
    static bool AsInt(const JsonNode& v, int64_t& out) {
        switch (v.kind) {
            case JsonKind::Unsigned:
                if (v.u > static_cast<uint64_t>(INT64_MAX)) return false;
                out = static_cast<int64_t>(v.u);
                return true;
            case JsonKind::Integer: out = v.i; return true;
            case JsonKind::Float:
                if (!std::isfinite(v.d) || v.d != std::floor(v.d) || std::fabs(v.d) > 9007199254740992.0) return false;
                out = static_cast<int64_t>(v.d);
                return true;
            default: return false;
        }
    }

    const JsonTape& tape_;
    size_t obj_;
    uint32_t value_[kMaxFields];  // per known field: its value's node, 0 = absent
    std::vector<uint32_t> unknown_;  // key nodes of the unknown members
    std::string scratch_;
    bool ok_ = true;
};

template <class T>
bool DecodeFastWith(const JsonTape& tape, size_t node, T& out) {
    if (tape[node].kind != JsonKind::Object) return false;
    FastReader<T> rd(tape, node);
    T r;
    rd.Text("id", r.id, Need::Required);
    Fields(rd, r);
    if (!rd.ok()) return false;
    r.extra_json = rd.Extra();
    if (!rd.ok()) return false;
    out = std::move(r);
    return true;
}

// A text field whose value must be one of `allowed` (the history's small vocabularies).
template <class R>
void OneOf(R& rd, const char* key, std::string& out, std::initializer_list<const char*> allowed, Need need) {
    rd.Text(key, out, need);
    if (!rd.ok() || (out.empty() && need == Need::Optional)) return;
    std::string list;
    for (const char* a : allowed) {
        if (out == a) return;
        if (!list.empty()) list += ", ";
        list += a;
    }
    rd.Fail(key, "unknown value " + QuoteForMessage(out) + " (expected " + list + ")");
}

template <class R>
void Fields(R& rd, Employee& r) {
    rd.Text("name", r.name, Need::NonBlank);
    rd.Text("position", r.position);
    rd.Text("department", r.department);
    rd.Text("phone", r.phone);
    rd.Text("email", r.email);
}

template <class R>
void Fields(R& rd, Client& r) {
    rd.Text("name", r.name, Need::NonBlank);
    rd.Text("legal_name", r.legal_name);
    rd.Enum("kind", r.kind);
    rd.Text("inn", r.inn);
    rd.Text("kpp", r.kpp);
    rd.Text("ogrn", r.ogrn);
    rd.Text("legal_address", r.legal_address);
    rd.Text("actual_address", r.actual_address);
    rd.TextList("phones", r.phones);
    rd.TextList("emails", r.emails);
    rd.Text("website", r.website);
    rd.Text("segment", r.segment);
    rd.Text("industry", r.industry);
    rd.Text("size", r.size);
    rd.Text("source", r.source);
    rd.Enum("status", r.status);
    rd.TextList("tags", r.tags);
    rd.Text("notes", r.notes);
    rd.MomentField("created_at", r.created_at);
    rd.Objects("responsibles", r.responsibles, [](auto& sub, Responsible& x) { DecodeResponsible(sub, x); });
    rd.Objects("products", r.products, [](auto& sub, Product& x) { DecodeProduct(sub, x); });
    rd.Objects("infobases", r.infobases, [](auto& sub, Infobase& x) { DecodeInfobase(sub, x); });
}

template <class R>
void Fields(R& rd, Contact& r) {
    rd.Text("client_id", r.client_id, Need::Required);
    rd.Text("name", r.name);
    rd.Text("position", r.position);
    rd.Text("role", r.role);
    rd.TextList("phones", r.phones);
    rd.TextList("emails", r.emails);
    rd.Bool("primary", r.primary);
    rd.Text("notes", r.notes);
}

template <class R>
void Fields(R& rd, Interaction& r) {
    rd.Text("client_id", r.client_id, Need::Required);
    rd.Ref("contact_id", r.contact_id);
    rd.Ref("interest_id", r.interest_id);
    rd.Enum("type", r.type, Need::Required);
    rd.Enum("direction", r.direction);
    rd.Text("subject", r.subject);
    rd.Text("body", r.body);
    rd.Text("result", r.result);
    rd.MomentField("at", r.at, Need::Required);
    rd.Int("duration_min", r.duration_min, 0, INT64_MAX);
    rd.Enum("status", r.status);
    rd.Ref("owner_id", r.owner_id);
    rd.Objects("attachments", r.attachments, [](auto& sub, Attachment& x) { DecodeAttachment(sub, x); });
}

template <class R>
void Fields(R& rd, Interest& r) {
    rd.Text("client_id", r.client_id, Need::Required);
    rd.Text("title", r.title);
    rd.Text("project", r.project);
    rd.Ref("responsible_id", r.responsible_id);
    rd.Enum("state", r.state);
    bool has_revenue = false;
    rd.MoneyField("expected_revenue", r.expected_revenue, has_revenue);
    rd.Int("probability", r.probability, 0, 100);
    rd.DateField("opened_on", r.opened_on);
    rd.DateField("close_on", r.close_on);
    rd.Text("notes", r.notes);
    rd.Text("close_reason", r.close_reason);
}

template <class R>
void Fields(R& rd, Relationship& r) {
    rd.Text("from_client_id", r.from_client_id, Need::Required);
    rd.Text("to_client_id", r.to_client_id, Need::Required);
    rd.Enum("kind", r.kind, Need::Required);
    rd.Text("note", r.note);
    if (rd.ok() && r.from_client_id == r.to_client_id)
        rd.Fail("to_client_id", "a relationship must link two different clients (both are " +
                                    QuoteForMessage(r.from_client_id) + ")");
}

template <class R>
void Fields(R& rd, Contract& r) {
    rd.Text("client_id", r.client_id, Need::Required);
    rd.Enum("kind", r.kind);
    rd.Text("number", r.number);
    rd.Text("title", r.title);
    rd.DateField("signed_on", r.signed_on);
    rd.DateField("valid_from", r.valid_from);
    rd.DateField("valid_to", r.valid_to);
    rd.Enum("status", r.status);
    rd.MoneyField("amount", r.amount, r.has_amount);
    rd.Text("terms", r.terms);
}

template <class R>
void Fields(R& rd, HistoryEntry& r) {
    rd.Text("client_id", r.client_id, Need::Required);
    rd.MomentField("at", r.at, Need::Required);
    rd.Ref("author_id", r.author_id);
    rd.Text("author", r.author);
    OneOf(rd, "entity", r.entity, {"client", "contact", "contract", "interest"}, Need::Required);
    rd.Text("record_id", r.record_id, Need::Required);
    rd.Text("record", r.record);
    OneOf(rd, "action", r.action, {"created", "changed", "removed"}, Need::Required);
    rd.Text("field", r.field);
    rd.Text("old", r.old_value);
    rd.Text("new", r.new_value);
    r.origin = "edit";
    OneOf(rd, "origin", r.origin, {"edit", "undo", "redo"}, Need::Optional);
    if (r.origin.empty()) r.origin = "edit";
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Public API

namespace {
// Records the first syntax error of a SAX run (used only to word the message).
struct ErrorSax {
    std::string message;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const std::string&) { return true; }
    bool string(std::string&) { return true; }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(std::string&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
        message = ex.what();
        position = pos;
        return false;
    }
    size_t position = 0;
};

// The message of the parser quotes the bytes it last read, which may be invalid UTF-8:
// replace those so that the message can be shown as is.
std::string ValidUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t i = 0;
    while (i < s.size()) {
        const size_t len = text::Utf8SequenceLength(p + i, s.size() - i);
        if (len) {
            out.append(s.data() + i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

// When a syntax error at byte `position` comes from bytes that are not UTF-8 (inside a
// string nlohmann refuses them, outside one they are no JSON token): the message
// "not valid UTF-8 at line L, column C (byte offset N): ...". L and C count lines and
// characters (not bytes) from 1, N counts bytes from 0. False when the text up to the
// error is valid UTF-8.
bool InvalidUtf8Message(std::string_view t, size_t position, std::string& error) {
    const size_t end = std::min(position, t.size());
    const auto* p = reinterpret_cast<const unsigned char*>(t.data());
    size_t line = 1, column = 1;
    for (size_t i = 0; i < end;) {
        const size_t len = text::Utf8SequenceLength(p + i, t.size() - i);
        if (!len) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "not valid UTF-8 at line %zu, column %zu (byte offset %zu): byte 0x%02X %s",
                          line, column, i, p[i],
                          (p[i] >= 0x80 && p[i] <= 0xBF) ? "is not the start of a character"
                                                         : "starts no valid character here");
            error = std::string(buf) + " (Client Card files are UTF-8 text)";
            return true;
        }
        if (p[i] == '\n') ++line, column = 1;
        else ++column;
        i += len;
    }
    return false;
}

// "[json.exception.parse_error.101] parse error at line 3, column 14: syntax error ..."
// -> "line 3, column 14: syntax error ..."; a message without a place (a number beyond a
// double: "number overflow parsing '1e400'") gets the place of byte `position`.
std::string TidyParseError(std::string m, std::string_view text, size_t position) {
    const auto close = m.find("] ");
    if (m.rfind("[json.exception.", 0) == 0 && close != std::string::npos) m.erase(0, close + 2);
    for (const char* prefix : {"parse error at ", "parse error: "})
        if (m.rfind(prefix, 0) == 0) m.erase(0, std::char_traits<char>::length(prefix));
    if (m.rfind("line ", 0) != 0) {
        size_t line = 1, column = 1;
        const size_t end = std::min(position, text.size());
        for (size_t i = 0; i < end; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == '\n') ++line, column = 1;
            else if ((c & 0xC0) != 0x80) ++column;  // characters, not bytes
        }
        m = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + m;
    }
    return m;
}

// Depth of nesting of a valid JSON text, with the line and column where it first goes
// deeper than `limit`. Strings are skipped (brackets inside them do not count).
bool DepthWithin(std::string_view t, int limit, size_t& line, size_t& column) {
    int depth = 0;
    bool in_string = false;
    line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        switch (c) {
            case '"': in_string = true; break;
            case '\n': ++line, line_start = i + 1; break;
            case '[':
            case '{':
                if (++depth > limit) {
                    column = i - line_start + 1;
                    return false;
                }
                break;
            case ']':
            case '}': --depth; break;
            default: break;
        }
    }
    return true;
}
// nlohmann's lexer takes a NUL byte for the end of the input, so "{...}\0garbage" would
// parse as "{...}". A raw NUL is never valid JSON (in a string it is written \u0000).
bool NulByteMessage(std::string_view text, std::string& error) {
    const size_t nul = text.find('\0');
    if (nul == std::string_view::npos) return false;
    error = "not valid JSON: " + TidyParseError("a NUL byte (U+0000) is not allowed in JSON text", text, nul);
    return true;
}
}  // namespace

bool ParseJson(std::string_view text, Json& out, std::string& error) {
    if (NulByteMessage(text, error)) {
        out = Json();
        return false;
    }
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    Json j = Json::parse(begin, end, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        ErrorSax sax;
        Json::sax_parse(begin, end, &sax);
        if (sax.message.empty() || !InvalidUtf8Message(text, sax.position, error))
            error = "not valid JSON: " +
                    (sax.message.empty() ? std::string("syntax error")
                                        : ValidUtf8(TidyParseError(sax.message, text, sax.position)));
        out = Json();
        return false;
    }
    // Deep nesting only comes from a broken or hostile file, and it would exhaust the
    // stack of the recursive dump/compare later (the wasm stack is small).
    size_t line = 0, column = 0;
    if (!DepthWithin(text, kMaxJsonDepth, line, column)) {
        error = "not valid JSON: line " + std::to_string(line) + ", column " + std::to_string(column) +
                ": nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
        out = Json();
        return false;
    }
    out = std::move(j);
    return true;
}

std::string DumpJson(const Json& j, int indent) {
    return j.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

void AppendJsonString(std::string& out, std::string_view s) {
    TextBuffer b;
    PutJsonString(b, s);
    out.append(b.data(), b.size());
}

std::string DescribeRecord(const std::string& where, std::string_view id) {
    return where + " (id " + QuoteForMessage(id) + ")";
}

bool RecordsEqual(const Employee& a, const Employee& b) { return Equal(a, b); }
bool RecordsEqual(const Client& a, const Client& b) { return Equal(a, b); }
bool RecordsEqual(const Contact& a, const Contact& b) { return Equal(a, b); }
bool RecordsEqual(const Interaction& a, const Interaction& b) { return Equal(a, b); }
bool RecordsEqual(const Interest& a, const Interest& b) { return Equal(a, b); }
bool RecordsEqual(const Relationship& a, const Relationship& b) { return Equal(a, b); }
bool RecordsEqual(const Contract& a, const Contract& b) { return Equal(a, b); }
bool RecordsEqual(const HistoryEntry& a, const HistoryEntry& b) { return Equal(a, b); }

// ---- Streaming

namespace {

// Builds one JSON value from SAX events (like nlohmann's own DOM parser). Pointers on the
// stack stay valid: a container only gains children while it is the innermost open one.
class ValueBuilder {
public:
    void Reset() {
        root_ = Json();
        stack_.clear();
    }
    // Each returns true when the value is complete.
    bool Scalar(Json&& v) {
        Put(std::move(v));
        return stack_.empty();
    }
    void Open(Json&& v) { stack_.push_back(Put(std::move(v))); }
    bool Close() {
        stack_.pop_back();
        return stack_.empty();
    }
    void Key(std::string& k) { key_ = std::move(k); }
    Json& Value() { return root_; }

private:
    Json* Put(Json&& v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        Json& slot = parent[key_];
        slot = std::move(v);
        return &slot;
    }
    Json root_;
    std::vector<Json*> stack_;
    std::string key_;
};

class StreamSax {
public:
    StreamSax(const std::vector<std::string>& streamed, const JsonMemberFn& on_member, const JsonElementFn& on_element)
        : streamed_(streamed), on_member_(on_member), on_element_(on_element) {}

    bool null() { return Scalar(Json(nullptr)); }
    bool boolean(bool v) { return Scalar(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return Scalar(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return Scalar(Json(v)); }
    bool number_float(Json::number_float_t v, const std::string&) { return Scalar(Json(v)); }
    bool string(std::string& v) { return Scalar(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return Scalar(Json()); }  // not produced by JSON text
    bool start_object(std::size_t) { return Open(Json::object(), false); }
    bool start_array(std::size_t) { return Open(Json::array(), true); }
    bool end_object() { return Close(); }
    bool end_array() { return Close(); }
    bool key(std::string& k) {
        if (mode_ == Mode::Top) top_key_ = std::move(k);
        else if (mode_ == Mode::Member || mode_ == Mode::Element) builder_.Key(k);
        return true;
    }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
        syntax_error_ = ex.what();
        error_position_ = pos;
        return false;
    }

    std::string syntax_error_;
    size_t error_position_ = 0;
    bool too_deep_ = false;
    const char* top_type_ = nullptr;  // set when the top level is not an object

private:
    enum class Mode { Start, Top, Member, Array, Element, Done };

    bool Scalar(Json&& v) {
        switch (mode_) {
            case Mode::Start:
                top_type_ = JsonTypeName(v);
                mode_ = Mode::Done;
                break;
            case Mode::Top:
                builder_.Reset();
                builder_.Scalar(std::move(v));
                on_member_(top_key_, builder_.Value());
                break;
            case Mode::Member:
                if (builder_.Scalar(std::move(v))) EndMember();
                break;
            case Mode::Array:
                builder_.Reset();
                builder_.Scalar(std::move(v));
                EndElement();
                break;
            case Mode::Element:
                if (builder_.Scalar(std::move(v))) EndElement();
                break;
            case Mode::Done: break;
        }
        return true;
    }

    bool Open(Json&& v, bool is_array) {
        if (++depth_ > kMaxJsonDepth) {
            too_deep_ = true;
            return false;
        }
        switch (mode_) {
            case Mode::Start:
                if (is_array) {
                    top_type_ = "an array";
                    mode_ = Mode::Done;
                } else {
                    mode_ = Mode::Top;
                }
                break;
            case Mode::Top:
                if (is_array) {
                    for (size_t k = 0; k < streamed_.size(); ++k)
                        if (streamed_[k] == top_key_) {
                            mode_ = Mode::Array;
                            array_ = k;
                            index_ = 0;
                            return true;
                        }
                }
                builder_.Reset();
                builder_.Open(std::move(v));
                mode_ = Mode::Member;
                break;
            case Mode::Array:
                builder_.Reset();
                builder_.Open(std::move(v));
                mode_ = Mode::Element;
                break;
            case Mode::Member:
            case Mode::Element: builder_.Open(std::move(v)); break;
            case Mode::Done: break;
        }
        return true;
    }

    bool Close() {
        --depth_;
        switch (mode_) {
            case Mode::Top: mode_ = Mode::Done; break;     // end of the document's object
            case Mode::Array: mode_ = Mode::Top; break;    // end of a streamed array
            case Mode::Member:
                if (builder_.Close()) EndMember();
                break;
            case Mode::Element:
                if (builder_.Close()) EndElement();
                break;
            case Mode::Start:
            case Mode::Done: break;
        }
        return true;
    }

    void EndMember() {
        on_member_(top_key_, builder_.Value());
        builder_.Reset();
        mode_ = Mode::Top;
    }
    void EndElement() {
        on_element_(array_, index_++, builder_.Value());
        builder_.Reset();
        mode_ = Mode::Array;
    }

    const std::vector<std::string>& streamed_;
    const JsonMemberFn& on_member_;
    const JsonElementFn& on_element_;
    Mode mode_ = Mode::Start;
    int depth_ = 0;
    std::string top_key_;
    size_t array_ = 0, index_ = 0;
    ValueBuilder builder_;
};

}  // namespace

JsonStreamStatus StreamJsonObject(std::string_view text, const std::vector<std::string>& streamed,
                                  const JsonMemberFn& on_member, const JsonElementFn& on_element,
                                  std::string& error) {
    if (NulByteMessage(text, error)) return JsonStreamStatus::NotJson;
    StreamSax sax(streamed, on_member, on_element);
    Json::sax_parse(text.data(), text.data() + text.size(), &sax);
    if (sax.too_deep_) {
        size_t line = 0, column = 0;
        DepthWithin(text, kMaxJsonDepth, line, column);
        error = "not valid JSON: line " + std::to_string(line) + ", column " + std::to_string(column) +
                ": nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
        return JsonStreamStatus::NotJson;
    }
    if (!sax.syntax_error_.empty()) {
        if (!InvalidUtf8Message(text, sax.error_position_, error))
            error = "not valid JSON: " + ValidUtf8(TidyParseError(sax.syntax_error_, text, sax.error_position_));
        return JsonStreamStatus::NotJson;
    }
    if (sax.top_type_) {
        error = std::string("the top level is ") + sax.top_type_ + ", expected an object";
        return JsonStreamStatus::NotObject;
    }
    return JsonStreamStatus::Ok;
}

Json EncodeRecord(const Employee& r) { return Encode(r); }
Json EncodeRecord(const Client& r) { return Encode(r); }
Json EncodeRecord(const Contact& r) { return Encode(r); }
Json EncodeRecord(const Interaction& r) { return Encode(r); }
Json EncodeRecord(const Interest& r) { return Encode(r); }
Json EncodeRecord(const Relationship& r) { return Encode(r); }
Json EncodeRecord(const Contract& r) { return Encode(r); }
Json EncodeRecord(const HistoryEntry& r) { return Encode(r); }

namespace {
template <class T>
bool DecodeText(std::string_view text, const std::string& where, T& out, std::string& error) {
    JsonTape tape;
    JsonReadError ignored;
    size_t pos = 0;
    if (tape.Read(text, pos, 0, ignored)) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t'))
            ++pos;
        if (pos == text.size() && DecodeRecordFast(tape, 0, out)) return true;
    }
    Json j;  // the reference path words the problem
    if (!ParseJson(text, j, error)) return false;
    return DecodeRecord(j, where, out, error);
}
}  // namespace

bool DecodeRecordText(std::string_view t, const std::string& w, Employee& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, Client& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, Contact& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, Interaction& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, Interest& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, Relationship& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, Contract& o, std::string& e) { return DecodeText(t, w, o, e); }
bool DecodeRecordText(std::string_view t, const std::string& w, HistoryEntry& o, std::string& e) { return DecodeText(t, w, o, e); }

size_t RecordJsonSizeHint(const Employee& r) { return Hint(r); }
size_t RecordJsonSizeHint(const Client& r) { return Hint(r); }
size_t RecordJsonSizeHint(const Contact& r) { return Hint(r); }
size_t RecordJsonSizeHint(const Interaction& r) { return Hint(r); }
size_t RecordJsonSizeHint(const Interest& r) { return Hint(r); }
size_t RecordJsonSizeHint(const Relationship& r) { return Hint(r); }
size_t RecordJsonSizeHint(const Contract& r) { return Hint(r); }
size_t RecordJsonSizeHint(const HistoryEntry& r) { return Hint(r); }

void AppendRecordJson(std::string& out, const Employee& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const Client& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const Contact& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const Interaction& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const Interest& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const Relationship& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const Contract& r) { AppendText(out, r); }
void AppendRecordJson(std::string& out, const HistoryEntry& r) { AppendText(out, r); }

bool DecodeRecord(const Json& j, const std::string& where, Employee& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Employee& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Employee& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, Client& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Client& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Client& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, Contact& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Contact& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Contact& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, Interaction& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Interaction& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Interaction& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, Interest& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Interest& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Interest& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, Relationship& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Relationship& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Relationship& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, Contract& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, Contract& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, Contract& out) { return DecodeFastWith(tape, node, out); }

bool DecodeRecord(const Json& j, const std::string& where, HistoryEntry& out, std::string& error) {
    return DecodeWith(j, where, out, error, [](Reader& rd, HistoryEntry& r) { Fields(rd, r); });
}
bool DecodeRecordFast(const JsonTape& tape, size_t node, HistoryEntry& out) { return DecodeFastWith(tape, node, out); }

}  // namespace card
