// Interface language: the translation table (i18n_table.h) and the current language.
// Tr(Str) returns a NUL-terminated string that lives for the whole program, so it can
// go straight into ImGui calls every frame without allocating.
//
// The current language is process-wide, like ImGui's current context: it is a property
// of the whole interface, not of one panel, and App::SetLanguage is its only writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "imgui.h"
#include "ui/i18n_table.h"

namespace card {

enum class Lang { En, Ru };

enum class Str {
#define CARD_STR_KEY(key, en, ru) key,
    CARD_STRINGS(CARD_STR_KEY)
#undef CARD_STR_KEY
    Count
};

const char* Tr(Str s);
const char* Tr(Str s, Lang lang);
// The plural form of `n` in the current language (Russian: 1 день / 2 дня / 5 дней;
// English: one / other), as the row to translate.
const char* TrPlural(int64_t n, Str one, Str few, Str many);

Lang CurrentLanguage();
void SetCurrentLanguage(Lang lang);
// "ru" -> Ru, anything else -> En (English is the fallback for unknown languages).
Lang ParseLanguage(const std::string& code);
const char* LanguageCode(Lang lang);  // "en" | "ru"

// Glyph ranges (ImWchar pairs, 0-terminated) that cover every character of the table,
// Cyrillic and the typography users type (quotes, dashes, "№", "₽"). The host passes it
// to AddFontFromFileTTF; a unit test checks that it covers the whole table.
const ImWchar* UiGlyphRanges();

}  // namespace card
