// What the fuzz targets share: the fixed export moment and the way a broken property is
// reported (message to stderr, then abort(): libFuzzer keeps the input as a crash).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "model/types.h"

namespace card::fuzz {

inline const Moment& ExportedAt() {
    static const Moment m = *Moment::Parse("2026-11-27T10:30:00+03:00");
    return m;
}

[[noreturn]] inline void Fail(const char* target, const char* what, const std::string& detail) {
    std::fprintf(stderr, "%s: %s\n%s\n", target, what, detail.c_str());
    std::abort();
}

}  // namespace card::fuzz
