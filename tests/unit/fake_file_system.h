// An in-memory FileSystem for tests, with fault injection: fail the Nth write (leaving a
// torn file, as a real failed write may), truncate or corrupt a stored file, and "crash":
// after N mutations every later write, rename and remove is silently dropped (the program
// believes it succeeded; the disk is frozen as it was when the power went).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "io/file_system.h"

namespace card::test {

class FakeFileSystem final : public FileSystem {
public:
    std::map<std::string, std::string> files;  // full path -> bytes

    // Counters and a log of mutations ("write p", "rename a b", "remove p").
    int reads = 0, lists = 0, writes = 0, renames = 0, removes = 0;
    int mutations = 0;  // writes + renames + removes that took effect
    std::vector<std::string> log;

    // Faults.
    int fail_write_in = 0;       // >0: the Nth WriteFile from now fails (half the bytes land)
    bool fail_all_writes = false;
    int crash_after = -1;        // >=0: mutations beyond this many are dropped
    bool tear_on_crash = true;   // the write at the crash point leaves half its bytes
    bool crashed = false;

    void ResetCounters() {
        reads = lists = writes = renames = removes = 0;
        log.clear();
    }
    std::vector<std::string> Written() const {
        std::vector<std::string> out;
        for (const auto& l : log)
            if (l.rfind("write ", 0) == 0) out.push_back(l.substr(6));
        return out;
    }
    void Truncate(const std::string& path, size_t keep) {
        auto it = files.find(path);
        if (it != files.end() && it->second.size() > keep) it->second.resize(keep);
    }
    void Corrupt(const std::string& path, size_t offset, char x = 0x20) {
        auto it = files.find(path);
        if (it != files.end() && !it->second.empty())
            it->second[offset % it->second.size()] ^= x;
    }

    bool ReadFile(const std::string& path, std::string& out, std::string& error) override {
        ++reads;
        auto it = files.find(path);
        if (it == files.end()) {
            error = "cannot open " + path + ": No such file or directory";
            return false;
        }
        out = it->second;
        return true;
    }
    bool WriteFile(const std::string& path, std::string_view data, std::string& error) override {
        ++writes;
        if (fail_all_writes || (fail_write_in > 0 && --fail_write_in == 0)) {
            files[path] = std::string(data.substr(0, data.size() / 2));
            error = "cannot write " + path + ": No space left on device";
            return false;
        }
        if (Crashing()) {
            if (tear_on_crash && crash_after == mutations && !torn_) {
                torn_ = true;
                files[path] = std::string(data.substr(0, data.size() / 2));
            }
            return true;
        }
        ++mutations;
        log.push_back("write " + path);
        files[path] = std::string(data);
        return true;
    }
    bool Rename(const std::string& from, const std::string& to, std::string& error) override {
        ++renames;
        auto it = files.find(from);
        if (it == files.end()) {
            error = "cannot rename " + from + ": No such file or directory";
            return false;
        }
        if (Crashing()) return true;
        ++mutations;
        log.push_back("rename " + from + " " + to);
        std::string data = std::move(it->second);
        files.erase(it);
        files[to] = std::move(data);
        return true;
    }
    bool Remove(const std::string& path, std::string&) override {
        ++removes;
        if (Crashing()) return true;
        ++mutations;
        log.push_back("remove " + path);
        files.erase(path);
        return true;
    }
    bool ListDir(const std::string& dir, std::vector<std::string>& names, std::string&) override {
        ++lists;
        names.clear();
        const std::string prefix = dir.empty() ? "" : dir + "/";
        for (const auto& [path, _] : files) {
            if (path.compare(0, prefix.size(), prefix) != 0) continue;
            const std::string rest = path.substr(prefix.size());
            if (rest.find('/') == std::string::npos) names.push_back(rest);
        }
        return true;
    }
    bool MakeDir(const std::string&, std::string&) override { return true; }
    bool Exists(const std::string& path) override { return files.count(path) != 0; }

private:
    bool Crashing() {
        if (crash_after < 0 || mutations < crash_after) return false;
        crashed = true;
        return true;
    }
    bool torn_ = false;
};

}  // namespace card::test
