// The interchange format v1 (docs/FORMAT.md) record by record: encode a record to JSON
// and decode + validate one from JSON. No exceptions: every access is type-checked first
// (the library is built with JSON_NOEXCEPTION, see docs/ARCHITECTURE.md).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/store.h"

namespace card {

using Json = nlohmann::json;
class JsonTape;  // io/json_reader.h

// Parses text without throwing. On failure returns false and sets `error` to a message
// with the position, e.g. "not valid JSON: line 3, column 14: unexpected '}'". Nesting
// deeper than kMaxJsonDepth is refused too (it would exhaust the stack in dump/compare).
bool ParseJson(std::string_view text, Json& out, std::string& error);
// Serialises without throwing (invalid UTF-8 is replaced). indent < 0: compact.
std::string DumpJson(const Json& j, int indent = -1);

// Encode one record as a JSON object with the format's field names (unknown fields kept
// in extra_json are written back).
Json EncodeRecord(const Employee& r);
Json EncodeRecord(const Client& r);
Json EncodeRecord(const Contact& r);
Json EncodeRecord(const Interaction& r);
Json EncodeRecord(const Interest& r);
Json EncodeRecord(const Relationship& r);
Json EncodeRecord(const Contract& r);
Json EncodeRecord(const HistoryEntry& r);

// Decode one record: checks types, required fields, enumerations, dates, moments, money
// and ranges (not references between records). `where` names the record for messages,
// e.g. `clients[3]`; the message then reads
// `clients[3] (id "c-17"): field "kind": unknown value "company" (expected legal_entity,
// sole_trader or person)`. Returns false and sets `error` on the first problem.
bool DecodeRecord(const Json& j, const std::string& where, Employee& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, Client& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, Contact& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, Interaction& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, Interest& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, Relationship& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, Contract& out, std::string& error);
bool DecodeRecord(const Json& j, const std::string& where, HistoryEntry& out, std::string& error);

// ---- Additions (fast paths and message helpers, same format as above).

// The fast twin of DecodeRecord: decodes the object at node `node` of a tape read by the
// strict reader (io/json_reader.h) straight into the record, with no DOM. On success the
// record is exactly what DecodeRecord makes of the same JSON. It gives no message: when
// it returns false (any problem, or a rare case it leaves to the reference path: a
// duplicate or escaped key), decode the same text with DecodeRecord, which words it.
bool DecodeRecordFast(const JsonTape& tape, size_t node, Employee& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, Client& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, Contact& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, Interaction& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, Interest& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, Relationship& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, Contract& out);
bool DecodeRecordFast(const JsonTape& tape, size_t node, HistoryEntry& out);

// Appends one record as compact JSON text with the fields in the order of docs/FORMAT.md
// (then the unknown fields, sorted by name). Parses to exactly EncodeRecord(r); written
// with plain string appends, so exporting 100k records builds no DOM.
void AppendRecordJson(std::string& out, const Employee& r);
void AppendRecordJson(std::string& out, const Client& r);
void AppendRecordJson(std::string& out, const Contact& r);
void AppendRecordJson(std::string& out, const Interaction& r);
void AppendRecordJson(std::string& out, const Interest& r);
void AppendRecordJson(std::string& out, const Relationship& r);
void AppendRecordJson(std::string& out, const Contract& r);
void AppendRecordJson(std::string& out, const HistoryEntry& r);

// One record from its JSON text (a line of AppendRecordJson, a stored record): the fast
// reader, and when it says no, ParseJson + DecodeRecord, whose message `error` then is.
// What a save's check "does the loader read this record back?" needs, without a DOM.
bool DecodeRecordText(std::string_view text, const std::string& where, Employee& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, Client& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, Contact& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, Interaction& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, Interest& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, Relationship& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, Contract& out, std::string& error);
bool DecodeRecordText(std::string_view text, const std::string& where, HistoryEntry& out, std::string& error);

// About the length of AppendRecordJson's text (from the fields' sizes, no text made;
// escapes can make the text a little longer): to reserve an export's output at once.
size_t RecordJsonSizeHint(const Employee& r);
size_t RecordJsonSizeHint(const Client& r);
size_t RecordJsonSizeHint(const Contact& r);
size_t RecordJsonSizeHint(const Interaction& r);
size_t RecordJsonSizeHint(const Interest& r);
size_t RecordJsonSizeHint(const Relationship& r);
size_t RecordJsonSizeHint(const Contract& r);
size_t RecordJsonSizeHint(const HistoryEntry& r);

// Appends `s` as a JSON string literal, byte for byte as DumpJson would write it
// (UTF-8 kept as is, control characters escaped, invalid UTF-8 replaced by U+FFFD).
void AppendJsonString(std::string& out, std::string_view s);

// `where (id "c-17")`: how messages name a record. Long ids are shortened.
std::string DescribeRecord(const std::string& where, std::string_view id);
// A string quoted for a message: JSON-escaped, cut to about 60 bytes ("…").
std::string QuoteForMessage(std::string_view s);
// "a string", "a number", "an object", ... for messages.
const char* JsonTypeName(const Json& j);

// True when both records would encode to the same JSON (cheap: no text is produced).
bool RecordsEqual(const Employee& a, const Employee& b);
bool RecordsEqual(const Client& a, const Client& b);
bool RecordsEqual(const Contact& a, const Contact& b);
bool RecordsEqual(const Interaction& a, const Interaction& b);
bool RecordsEqual(const Interest& a, const Interest& b);
bool RecordsEqual(const Relationship& a, const Relationship& b);
bool RecordsEqual(const Contract& a, const Contract& b);
bool RecordsEqual(const HistoryEntry& a, const HistoryEntry& b);

// Streams a JSON document whose top level is an object, without building it whole (a
// 300 MB export would need gigabytes as one DOM): each element of a top-level array whose
// name is in `streamed` is built alone and handed to on_element(k, index, value), k being
// its position in `streamed`; every other top-level member goes to on_member(name, value).
// `value` may be moved from. Nothing throws.
enum class JsonStreamStatus { Ok, NotJson, NotObject };
using JsonMemberFn = std::function<void(const std::string& name, Json& value)>;
using JsonElementFn = std::function<void(size_t k, size_t index, Json& value)>;
// NotJson: `error` is as ParseJson's. NotObject: `error` is "the top level is an array,
// expected an object".
JsonStreamStatus StreamJsonObject(std::string_view text, const std::vector<std::string>& streamed,
                                  const JsonMemberFn& on_member, const JsonElementFn& on_element,
                                  std::string& error);

// Limits of the codec (docs/FORMAT.md, "Limits").
constexpr int kMaxJsonDepth = 100;  // nesting of arrays/objects in a document
// Money amounts are JSON numbers, read as binary doubles: beyond about 3.5e13 a double
// can no longer tell every cent apart, so |amount| is limited to 10^13 (10 trillion).
constexpr int64_t kMaxAmountMinor = Money::kMaxMinor;  // 10^13 units in minor units

}  // namespace card
