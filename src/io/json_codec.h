// The interchange format v1 (docs/FORMAT.md) record by record: encode a record to JSON
// and decode + validate one from JSON. No exceptions: every access is type-checked first
// (the library is built with JSON_NOEXCEPTION, see docs/ARCHITECTURE.md).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/store.h"

namespace card {

using Json = nlohmann::json;

// Parses text without throwing. On failure returns false and sets `error` to a message
// with the position, e.g. "not valid JSON: line 3, column 14: unexpected '}'".
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

}  // namespace card
