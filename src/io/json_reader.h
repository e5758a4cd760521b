// A strict, allocation-light JSON reader for the import's and the loader's hot path.
//
// It reads one value at a time onto a flat "tape" of nodes that point into the text (no
// DOM, no string copies: a string is copied only when a record field takes it), and it
// refuses everything nlohmann/json refuses, and some rare things nlohmann accepts (a
// byte order mark, escaped keys, a duplicate key): a caller that gets `false` re-reads
// the text with the reference path (nlohmann), which words the exact message. The rules
// (RFC 8259, plus the app's):
// - whitespace is space, tab, line feed, carriage return; nothing after the value;
// - strings: UTF-8 checked strictly (no overlongs, no surrogates, nothing above
//   U+10FFFF), no raw control characters (a raw NUL anywhere is an error), escapes
//   \" \\ \/ \b \f \n \r \t \uXXXX with surrogate pairs checked (no lone surrogate);
// - numbers: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; integers are kept exact in 64
//   bits (negative: int64, else uint64) when they fit, else read as a double, as nlohmann
//   does; a double beyond its range (1e400) is an error;
// - nesting deeper than kMaxJsonDepth (100, the top level counting as 1) is an error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace card {

enum class JsonKind : uint8_t { Null, False, True, Integer, Unsigned, Float, String, Array, Object };

// One value on the tape. The children of a container follow it: an array's elements, an
// object's members as key (a String node) then value. `end` is the index of the first
// node after the value and all its children, so siblings are found without a walk.
struct JsonNode {
    JsonKind kind = JsonKind::Null;
    bool escaped = false;  // String: has backslash escapes (Str() then unescapes)
    uint32_t end = 0;
    uint32_t count = 0;    // Array: elements, Object: members
    size_t begin = 0;      // the value's text: offset into the text, from '"', '[', '{' or the first char
    size_t size = 0;       // and its length in bytes (a String's includes both quotes)
    size_t decoded = 0;    // String: length in bytes once unescaped
    union {
        int64_t i;   // Integer
        uint64_t u;  // Unsigned
        double d;    // Float
    };
    JsonNode() : u(0) {}
};

struct JsonReadError {
    size_t offset = 0;   // byte offset of the problem in the text
    std::string reason;  // e.g. "invalid UTF-8 byte 0xFF"
};

// "line L, column C (byte offset N): reason": L and C count lines and characters (not
// bytes) from 1, N bytes from 0.
std::string DescribeJsonReadError(std::string_view text, const JsonReadError& e);

class JsonTape {
public:
    // Reads one value starting at `pos` (leading whitespace skipped) onto a cleared tape;
    // `depth` containers are already open around it. On success `pos` is just after it.
    bool Read(std::string_view text, size_t& pos, int depth, JsonReadError& err);

    const std::vector<JsonNode>& nodes() const { return nodes_; }
    const JsonNode& operator[](size_t i) const { return nodes_[i]; }
    std::string_view text() const { return text_; }
    // The value's text as it is in the document.
    std::string_view Raw(const JsonNode& n) const { return text_.substr(n.begin, n.size); }
    // A String's content, unescaped. Without escapes it points into the text; else into
    // `scratch` (valid until the next call with it).
    std::string_view Str(const JsonNode& n, std::string& scratch) const;

private:
    bool Value(size_t& pos, int depth, JsonReadError& err);
    bool String(size_t& pos, JsonReadError& err);
    bool Number(size_t& pos, JsonReadError& err);

    std::string_view text_;
    std::vector<JsonNode> nodes_;
};

// True when `text` is one valid JSON value by the rules above (tests, checks).
bool IsStrictJson(std::string_view text, JsonReadError& err);

// Streams a document whose top level is an object (the fast twin of StreamJsonObject):
// each element of a top-level array named in `streamed` is read alone onto a tape and
// handed to on_element(k, index, tape) (its root is node 0); every other top-level member
// to on_member(name, value_text). A callback returns false to stop. False on the first
// problem: a syntax error (err set), a top level that is not an object, a streamed name
// twice, an escaped top-level key (err.reason says which), or a callback's false.
using FastMemberFn = std::function<bool(std::string_view name, std::string_view value_text)>;
using FastElementFn = std::function<bool(size_t k, size_t index, const JsonTape& tape)>;
bool StreamJsonObjectFast(std::string_view text, const std::vector<std::string>& streamed,
                          const FastMemberFn& on_member, const FastElementFn& on_element, JsonReadError& err);

// The same, for a document that arrives in pieces (a file read in slices): each element
// and member is handed over as soon as it is whole, and only the unfinished tail of what
// arrived is kept, so the document is never in memory at once. A piece may end anywhere
// (inside a string, a number, a UTF-8 sequence, an escape). err.offset counts bytes from
// the start of the document. StreamJsonObjectFast is Feed(text) then Finish().
class JsonObjectPushReader {
public:
    JsonObjectPushReader(const std::vector<std::string>& streamed, FastMemberFn on_member, FastElementFn on_element);
    // False on the first problem (then every later call is false too).
    bool Feed(std::string_view piece, JsonReadError& err);
    // The end of the document: false when it is incomplete or anything was wrong.
    bool Finish(JsonReadError& err);
    // Bytes of the document handed over so far (elements, members and what lies between).
    uint64_t consumed() const { return base_; }

private:
    enum class State { Start, FirstKey, Key, Colon, Value, FirstElement, Element, AfterElement, AfterMember, End, Failed };
    // Reads what `text` holds from the current state on; returns false on a problem. With
    // `last` false, stops (true) where more text is needed, leaving `pos` there.
    bool Run(std::string_view text, size_t& pos, bool last, JsonReadError& err);
    // One value onto the tape. 1: read, 0: needs more text, -1: a problem.
    int ReadValue(std::string_view text, size_t& pos, int depth, bool last, JsonReadError& err);
    bool Stop(JsonReadError& err, uint64_t offset, std::string reason);

    std::vector<std::string> streamed_;
    FastMemberFn on_member_;
    FastElementFn on_element_;
    State state_ = State::Start;
    std::string pending_;  // the unfinished tail of the pieces so far
    uint64_t base_ = 0;    // document offset of pending_[0] (or of the next piece)
    std::string key_;      // the current top-level member's name
    size_t array_ = 0, index_ = 0;
    std::vector<bool> seen_;
    JsonTape tape_;
};

}  // namespace card
