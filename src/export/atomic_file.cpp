#include "atomic_file.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "errors.h"

namespace uplift::report_export {

namespace {

// The permissions a file created the ordinary way would get (0666 less the umask); mkstemp
// creates 0600.
mode_t created_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

void write_file_atomically(const std::string& file, std::string_view bytes) {
    const auto fail = [&] { return UserError(fmt::format("{}: cannot write", file)); };
    std::string pattern = file + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        throw fail();
    }
    const std::string temp(name.data());
    bool ok = write_all(fd, bytes) && ::fchmod(fd, created_file_mode()) == 0 && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (ok) {
        std::error_code ec;
        std::filesystem::rename(temp, file, ec);
        ok = !ec;
    }
    if (!ok) {
        std::remove(temp.c_str());
        throw fail();
    }
}

}  // namespace uplift::report_export
