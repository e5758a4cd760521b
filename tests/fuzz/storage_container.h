// The input format of fuzz_storage: a stored folder packed into one byte string, so that
// libFuzzer can mutate the files' names and bytes together.
//
//   byte 0         flags: bit 0 = repair the checksums (see below)
//   then entries   [u8 name length][name][u32 little-endian data length][data]
//
// A length running past the end is cut to what is left. With bit 0 set, the harness
// rewrites the manifests' checksums (envelope, and each shard's checksum and size) to
// match the files as they are, so that mutations reach the JSON and record decoding
// behind the checksums instead of stopping at "checksum mismatch".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace card::fuzz {

constexpr const char* kStoreDir = "data";
constexpr uint8_t kRepairChecksums = 1;

inline std::map<std::string, std::string> UnpackFolder(std::string_view in, uint8_t& flags) {
    std::map<std::string, std::string> files;
    flags = in.empty() ? 0 : static_cast<uint8_t>(in[0]);
    size_t p = in.empty() ? 0 : 1;
    while (p < in.size()) {
        const size_t name_len = static_cast<uint8_t>(in[p++]);
        const std::string_view name = in.substr(p, name_len);
        p += name.size();
        uint32_t len = 0;
        for (int k = 0; k < 4 && p < in.size(); ++k) len |= static_cast<uint32_t>(static_cast<uint8_t>(in[p++])) << (8 * k);
        const std::string_view data = in.substr(std::min(p, in.size()), len);
        p += data.size();
        if (!name.empty()) files[std::string(kStoreDir) + "/" + std::string(name)] = std::string(data);
    }
    return files;
}

inline std::string PackFolder(const std::map<std::string, std::string>& files, uint8_t flags) {
    std::string out(1, static_cast<char>(flags));
    const std::string prefix = std::string(kStoreDir) + "/";
    for (const auto& [path, data] : files) {
        std::string name = path.compare(0, prefix.size(), prefix) == 0 ? path.substr(prefix.size()) : path;
        if (name.size() > 255) name.resize(255);
        out += static_cast<char>(name.size());
        out += name;
        const uint32_t len = static_cast<uint32_t>(data.size());
        for (int k = 0; k < 4; ++k) out += static_cast<char>((len >> (8 * k)) & 0xFF);
        out += data;
    }
    return out;
}

}  // namespace card::fuzz
