#include "ui/i18n.h"

#include "model/current_contract.h"  // RussianPlural, EnglishPlural

namespace card {
namespace {

struct Row {
    const char* en;
    const char* ru;
};

constexpr Row kTable[] = {
#define CARD_STR_ROW(key, en, ru) {en, ru},
    CARD_STRINGS(CARD_STR_ROW)
#undef CARD_STR_ROW
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<size_t>(Str::Count),
              "one row per key");

Lang g_language = Lang::En;

// Basic Latin + Latin-1 (« », no-break space), Cyrillic + Cyrillic Supplement, General
// Punctuation (dashes, “ ” ‘ ’, …), currency signs (₽), letterlike symbols (№), geometric
// shapes (▲, the requisites warning marker).
constexpr ImWchar kRanges[] = {
    0x0020, 0x00FF,  //
    0x0400, 0x052F,  //
    0x2000, 0x206F,  //
    0x20A0, 0x20CF,  //
    0x2100, 0x214F,  //
    0x25A0, 0x25FF,  //
    0,
};

}  // namespace

const char* Tr(Str s, Lang lang) {
    const auto i = static_cast<size_t>(s);
    if (i >= static_cast<size_t>(Str::Count)) return "";
    return lang == Lang::Ru ? kTable[i].ru : kTable[i].en;
}

const char* Tr(Str s) { return Tr(s, g_language); }

Lang CurrentLanguage() { return g_language; }
void SetCurrentLanguage(Lang lang) { g_language = lang; }

Lang ParseLanguage(const std::string& code) {
    return code.size() >= 2 && (code[0] == 'r' || code[0] == 'R') && (code[1] == 'u' || code[1] == 'U')
               ? Lang::Ru
               : Lang::En;
}

const char* LanguageCode(Lang lang) { return lang == Lang::Ru ? "ru" : "en"; }

const ImWchar* UiGlyphRanges() { return kRanges; }

const char* TrPlural(int64_t n, Str one, Str few, Str many) {
    switch (Plural(n, CurrentLanguage() == Lang::Ru)) {
        case PluralForm::One: return Tr(one);
        case PluralForm::Few: return Tr(few);
        case PluralForm::Many: return Tr(many);
    }
    return Tr(many);
}

}  // namespace card
