// The strict JSON reader of json_reader.h. One pass over the bytes; the tape's vector
// keeps its capacity between values, so reading a million records allocates nothing
// per record.
#include "io/json_reader.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "io/json_codec.h"  // kMaxJsonDepth
#include "model/text_scan.h"

namespace card {
namespace {

// 1 for bytes that may stand in a string as they are and need no further look: printable
// ASCII except '"' and '\\'.
struct PlainTable {
    bool v[256];
    constexpr PlainTable() : v() {
        for (int c = 0x20; c < 0x80; ++c) v[c] = c != '"' && c != '\\';
    }
};
constexpr PlainTable kPlain;

inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

inline int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Four hex digits at p (bounds checked by the caller); -1 when not hex.
inline int32_t Hex4(const char* p) {
    int32_t v = 0;
    for (int k = 0; k < 4; ++k) {
        const int h = HexDigit(p[k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

inline size_t Utf8Bytes(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

bool Fail(JsonReadError& err, size_t offset, std::string reason) {
    err.offset = offset;
    err.reason = std::move(reason);
    return false;
}

std::string ByteReason(const char* what, unsigned char c) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "%s 0x%02X", what, c);
    return buf;
}

}  // namespace

std::string DescribeJsonReadError(std::string_view text, const JsonReadError& e) {
    size_t line = 1, column = 1;
    const size_t end = e.offset < text.size() ? e.offset : text.size();
    for (size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') ++line, column = 1;
        else if ((c & 0xC0) != 0x80) ++column;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte offset " +
           std::to_string(e.offset) + "): " + e.reason;
}

bool JsonTape::Read(std::string_view text, size_t& pos, int depth, JsonReadError& err) {
    text_ = text;
    nodes_.clear();
    return Value(pos, depth, err);
}

bool JsonTape::Value(size_t& pos, int depth, JsonReadError& err) {
    const char* t = text_.data();
    const size_t n = text_.size();
    while (pos < n && IsSpace(t[pos])) ++pos;
    if (pos >= n) return Fail(err, pos, "unexpected end of input; expected a value");
    const char c = t[pos];
    switch (c) {
        case '"': return String(pos, err);
        case '{':
        case '[': {
            if (depth + 1 > kMaxJsonDepth)
                return Fail(err, pos, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
            const bool object = c == '{';
            const size_t self = nodes_.size();
            nodes_.emplace_back();
            nodes_[self].kind = object ? JsonKind::Object : JsonKind::Array;
            nodes_[self].begin = pos;
            ++pos;
            uint32_t count = 0;
            while (pos < n && IsSpace(t[pos])) ++pos;
            if (pos < n && t[pos] == (object ? '}' : ']')) {
                ++pos;
            } else {
                for (;;) {
                    if (object) {
                        while (pos < n && IsSpace(t[pos])) ++pos;
                        if (pos >= n || t[pos] != '"') {
                            if (pos < n && static_cast<unsigned char>(t[pos]) >= 0x80 &&
                                !text::Utf8SequenceLength(reinterpret_cast<const unsigned char*>(t + pos), n - pos))
                                return Fail(err, pos, ByteReason("invalid UTF-8 byte", static_cast<unsigned char>(t[pos])));
                            return Fail(err, pos, pos >= n ? "unexpected end of input; expected a string key"
                                                           : "expected a string key");
                        }
                        if (!String(pos, err)) return false;
                        while (pos < n && IsSpace(t[pos])) ++pos;
                        if (pos >= n || t[pos] != ':') return Fail(err, pos, "expected ':'");
                        ++pos;
                    }
                    if (!Value(pos, depth + 1, err)) return false;
                    ++count;
                    while (pos < n && IsSpace(t[pos])) ++pos;
                    if (pos >= n) return Fail(err, pos, "unexpected end of input");
                    if (t[pos] == ',') {
                        ++pos;
                        continue;
                    }
                    if (t[pos] == (object ? '}' : ']')) {
                        ++pos;
                        break;
                    }
                    return Fail(err, pos, object ? "expected ',' or '}'" : "expected ',' or ']'");
                }
            }
            JsonNode& self_node = nodes_[self];
            self_node.count = count;
            self_node.size = pos - self_node.begin;
            self_node.end = static_cast<uint32_t>(nodes_.size());
            return true;
        }
        case 't':
        case 'f':
        case 'n': {
            const char* word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            const size_t len = std::strlen(word);
            if (n - pos < len || std::memcmp(t + pos, word, len) != 0)
                return Fail(err, pos, "invalid literal");
            nodes_.emplace_back();
            JsonNode& node = nodes_.back();
            node.kind = c == 't' ? JsonKind::True : c == 'f' ? JsonKind::False : JsonKind::Null;
            node.begin = pos;
            node.size = len;
            node.end = static_cast<uint32_t>(nodes_.size());
            pos += len;
            return true;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9')) return Number(pos, err);
            if (c == '\0') return Fail(err, pos, "a NUL byte (U+0000) is not allowed in JSON text");
            if (static_cast<unsigned char>(c) >= 0x80 && !text::Utf8SequenceLength(reinterpret_cast<const unsigned char*>(t + pos), n - pos))
                return Fail(err, pos, ByteReason("invalid UTF-8 byte", static_cast<unsigned char>(c)));
            return Fail(err, pos, "unexpected character; expected a value");
    }
}

bool JsonTape::String(size_t& pos, JsonReadError& err) {
    const char* t = text_.data();
    const auto* u = reinterpret_cast<const unsigned char*>(t);
    const size_t n = text_.size();
    const size_t start = pos;
    size_t i = pos + 1;
    size_t decoded = 0;
    bool escaped = false;
    for (;;) {
        const size_t run = i;
        while (i < n && kPlain.v[u[i]]) ++i;
        decoded += i - run;
        if (i >= n) return Fail(err, i, "unexpected end of input inside a string");
        const unsigned char c = u[i];
        if (c == '"') break;
        if (c == '\\') {
            escaped = true;
            if (i + 1 >= n) return Fail(err, i, "unexpected end of input inside a string");
            const char e = t[i + 1];
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i += 2;
                ++decoded;
                continue;
            }
            if (e != 'u') return Fail(err, i, "invalid escape in a string");
            if (n - i < 6) return Fail(err, i, "unexpected end of input inside a string");
            const int32_t cp = Hex4(t + i + 2);
            if (cp < 0) return Fail(err, i, "\\u must be followed by 4 hex digits");
            if (cp >= 0xDC00 && cp <= 0xDFFF) return Fail(err, i, "a lone low surrogate \\u escape");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (n - i < 12 || t[i + 6] != '\\' || t[i + 7] != 'u')
                    return Fail(err, i, "a high surrogate \\u escape without its low surrogate");
                const int32_t lo = Hex4(t + i + 8);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return Fail(err, i, "a high surrogate \\u escape without its low surrogate");
                decoded += 4;
                i += 12;
                continue;
            }
            decoded += Utf8Bytes(static_cast<uint32_t>(cp));
            i += 6;
            continue;
        }
        if (c < 0x20) {
            if (c == 0) return Fail(err, i, "a NUL byte (U+0000) is not allowed in JSON text");
            return Fail(err, i, ByteReason("a control character must be escaped in a string: byte", c));
        }
        // c >= 0x80: one UTF-8 sequence.
        const size_t len = text::Utf8SequenceLength(u + i, n - i);
        if (!len) return Fail(err, i, ByteReason("invalid UTF-8 byte", c));
        i += len;
        decoded += len;
    }
    pos = i + 1;
    nodes_.emplace_back();
    JsonNode& node = nodes_.back();
    node.kind = JsonKind::String;
    node.escaped = escaped;
    node.begin = start;
    node.size = pos - start;
    node.decoded = decoded;
    node.end = static_cast<uint32_t>(nodes_.size());
    return true;
}

bool JsonTape::Number(size_t& pos, JsonReadError& err) {
    const char* t = text_.data();
    const size_t n = text_.size();
    const size_t start = pos;
    size_t i = pos;
    const bool negative = t[i] == '-';
    if (negative) ++i;
    if (i >= n || t[i] < '0' || t[i] > '9') return Fail(err, i, "a number needs digits");
    bool overflow = false;
    uint64_t mag = 0;
    if (t[i] == '0') {
        ++i;
    } else {
        while (i < n && t[i] >= '0' && t[i] <= '9') {
            const uint64_t d = static_cast<uint64_t>(t[i] - '0');
            if (mag > (UINT64_MAX - d) / 10) overflow = true;
            else mag = mag * 10 + d;
            ++i;
        }
    }
    bool is_float = false;
    if (i < n && t[i] == '.') {
        is_float = true;
        ++i;
        if (i >= n || t[i] < '0' || t[i] > '9') return Fail(err, i, "a number needs digits after '.'");
        while (i < n && t[i] >= '0' && t[i] <= '9') ++i;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        is_float = true;
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-')) ++i;
        if (i >= n || t[i] < '0' || t[i] > '9') return Fail(err, i, "a number needs digits in its exponent");
        while (i < n && t[i] >= '0' && t[i] <= '9') ++i;
    }
    nodes_.emplace_back();
    JsonNode& node = nodes_.back();
    node.begin = start;
    node.size = i - start;
    node.end = static_cast<uint32_t>(nodes_.size());
    if (!is_float && !overflow) {
        if (!negative) {
            node.kind = JsonKind::Unsigned;
            node.u = mag;
            pos = i;
            return true;
        }
        if (mag <= static_cast<uint64_t>(INT64_MAX) + 1) {
            node.kind = JsonKind::Integer;
            node.i = mag == static_cast<uint64_t>(INT64_MAX) + 1 ? INT64_MIN : -static_cast<int64_t>(mag);
            pos = i;
            return true;
        }
    }
    // A double, read by strtod as nlohmann does (the literal copied: the text is not
    // NUL-terminated).
    char small[64];
    std::string big;
    const char* lit;
    const size_t len = i - start;
    if (len < sizeof small) {
        std::memcpy(small, t + start, len);
        small[len] = '\0';
        lit = small;
    } else {
        big.assign(t + start, len);
        lit = big.c_str();
    }
    const double d = std::strtod(lit, nullptr);
    if (!std::isfinite(d)) {
        nodes_.pop_back();
        return Fail(err, start, "number overflow");
    }
    node.kind = JsonKind::Float;
    node.d = d;
    pos = i;
    return true;
}

std::string_view JsonTape::Str(const JsonNode& node, std::string& scratch) const {
    const char* t = text_.data() + node.begin + 1;
    const size_t len = node.size - 2;
    if (!node.escaped) return std::string_view(t, len);
    scratch.clear();
    scratch.reserve(node.decoded);
    size_t i = 0, run = 0;
    while (i < len) {
        if (t[i] != '\\') {
            ++i;
            continue;
        }
        scratch.append(t + run, i - run);
        const char e = t[i + 1];
        switch (e) {
            case 'b': scratch += '\b'; break;
            case 'f': scratch += '\f'; break;
            case 'n': scratch += '\n'; break;
            case 'r': scratch += '\r'; break;
            case 't': scratch += '\t'; break;
            case 'u': {
                uint32_t cp = static_cast<uint32_t>(Hex4(t + i + 2));
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    const uint32_t lo = static_cast<uint32_t>(Hex4(t + i + 8));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
                text::AppendUtf8(scratch, static_cast<char32_t>(cp));
                i += 4;
                break;
            }
            default: scratch += e; break;  // " \ /
        }
        i += 2;
        run = i;
    }
    scratch.append(t + run, len - run);
    return scratch;
}

bool IsStrictJson(std::string_view text, JsonReadError& err) {
    JsonTape tape;
    size_t pos = 0;
    if (!tape.Read(text, pos, 0, err)) return false;
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
    if (pos != text.size()) return Fail(err, pos, "unexpected text after the value");
    return true;
}

bool StreamJsonObjectFast(std::string_view text, const std::vector<std::string>& streamed,
                          const FastMemberFn& on_member, const FastElementFn& on_element, JsonReadError& err) {
    JsonObjectPushReader reader(streamed, on_member, on_element);
    return reader.Feed(text, err) && reader.Finish(err);
}

JsonObjectPushReader::JsonObjectPushReader(const std::vector<std::string>& streamed, FastMemberFn on_member,
                                           FastElementFn on_element)
    : streamed_(streamed),
      on_member_(std::move(on_member)),
      on_element_(std::move(on_element)),
      seen_(streamed.size(), false) {}

bool JsonObjectPushReader::Stop(JsonReadError& err, uint64_t offset, std::string reason) {
    state_ = State::Failed;
    err.offset = static_cast<size_t>(offset);
    err.reason = std::move(reason);
    return false;
}

bool JsonObjectPushReader::Feed(std::string_view piece, JsonReadError& err) {
    if (state_ == State::Failed) return Stop(err, base_, "the document was refused before");
    size_t pos = 0;
    if (pending_.empty()) {  // read the piece where it is; keep only its unfinished tail
        if (!Run(piece, pos, false, err)) return false;
        pending_.assign(piece.substr(pos));
    } else {
        pending_.append(piece);
        if (!Run(pending_, pos, false, err)) return false;
        pending_.erase(0, pos);
    }
    base_ += pos;
    return true;
}

bool JsonObjectPushReader::Finish(JsonReadError& err) {
    if (state_ == State::Failed) return Stop(err, base_, "the document was refused before");
    size_t pos = 0;
    if (!Run(pending_, pos, true, err)) return false;
    base_ += pos;
    pending_.clear();
    return true;
}

// A read that fails this close to the end of what has arrived may only lack the rest of
// a string, an escape (\uD83D\uDE00 is 12 bytes), a UTF-8 sequence or a literal: it is
// tried again with more text. A real problem there is found again then.
constexpr size_t kTruncationSlack = 16;

int JsonObjectPushReader::ReadValue(std::string_view text, size_t& pos, int depth, bool last, JsonReadError& err) {
    size_t p = pos;
    if (!tape_.Read(text, p, depth, err)) {
        if (!last && err.offset + kTruncationSlack >= text.size()) return 0;
        Stop(err, base_ + err.offset, err.reason);
        return -1;
    }
    // A value that ends where the text ends may go on ("12" of "123", "tru" of "true").
    if (!last && p >= text.size()) return 0;
    pos = p;
    return 1;
}

bool JsonObjectPushReader::Run(std::string_view text, size_t& pos, bool last, JsonReadError& err) {
    const char* t = text.data();
    const size_t n = text.size();
    for (;;) {
        size_t p = pos;
        while (p < n && IsSpace(t[p])) ++p;
        if (p >= n) {
            pos = p;  // whitespace is consumed with what precedes it
            if (!last) return true;
            if (state_ == State::End) return true;
            return Stop(err, base_ + p, state_ == State::Start ? "the top level is not an object"
                                                               : "unexpected end of input");
        }
        const char c = t[p];
        switch (state_) {
            case State::Start:
                if (c != '{') return Stop(err, base_ + p, "the top level is not an object");
                pos = p + 1;
                state_ = State::FirstKey;
                break;
            case State::FirstKey:
                if (c == '}') {
                    pos = p + 1;
                    state_ = State::End;
                    break;
                }
                state_ = State::Key;
                break;
            case State::Key: {
                if (c != '"') return Stop(err, base_ + p, "expected a string key");
                const int r = ReadValue(text, p, 1, last, err);
                if (r < 0) return false;
                if (r == 0) return true;
                if (tape_[0].escaped) return Stop(err, base_ + tape_[0].begin, "an escaped top-level key");
                key_.assign(text.substr(tape_[0].begin + 1, tape_[0].size - 2));
                pos = p;
                state_ = State::Colon;
                break;
            }
            case State::Colon:
                if (c != ':') return Stop(err, base_ + p, "expected ':'");
                pos = p + 1;
                state_ = State::Value;
                break;
            case State::Value: {
                size_t k = streamed_.size();
                for (size_t s = 0; s < streamed_.size(); ++s)
                    if (streamed_[s] == key_) k = s;
                if (k < streamed_.size() && c == '[') {
                    if (seen_[k]) return Stop(err, base_ + p, "field \"" + key_ + "\" appears twice at the top level");
                    seen_[k] = true;
                    array_ = k;
                    index_ = 0;
                    pos = p + 1;
                    state_ = State::FirstElement;
                    break;
                }
                const int r = ReadValue(text, p, 1, last, err);
                if (r < 0) return false;
                if (r == 0) return true;
                if (!on_member_(key_, tape_.Raw(tape_[0]))) return Stop(err, base_ + tape_[0].begin, "refused by the caller");
                pos = p;
                state_ = State::AfterMember;
                break;
            }
            case State::FirstElement:
                if (c == ']') {
                    pos = p + 1;
                    state_ = State::AfterMember;
                    break;
                }
                state_ = State::Element;
                break;
            case State::Element: {
                const int r = ReadValue(text, p, 2, last, err);
                if (r < 0) return false;
                if (r == 0) return true;
                if (!on_element_(array_, index_++, tape_)) return Stop(err, base_ + tape_[0].begin, "refused by the caller");
                pos = p;
                state_ = State::AfterElement;
                break;
            }
            case State::AfterElement:
                if (c != ',' && c != ']') return Stop(err, base_ + p, "expected ',' or ']'");
                pos = p + 1;
                state_ = c == ',' ? State::Element : State::AfterMember;
                break;
            case State::AfterMember:
                if (c != ',' && c != '}') return Stop(err, base_ + p, "expected ',' or '}'");
                pos = p + 1;
                state_ = c == ',' ? State::Key : State::End;
                break;
            case State::End:
                return Stop(err, base_ + p, "unexpected text after the value");
            case State::Failed:
                return Stop(err, base_ + p, "the document was refused before");
        }
    }
}

}  // namespace card
