// libFuzzer target: the import CSV reader on arbitrary bytes never crashes, never reports a
// record before line 1 or beyond the file's line count, and never returns invalid UTF-8.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "errors.h"
#include "io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/uplift-fuzz-csv-" + std::to_string(getpid()) + ".csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) {
        return 0;
    }
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    std::int64_t lines = 1;
    for (std::size_t i = 0; i < size; ++i) {
        lines += data[i] == '\n' ? 1 : 0;
    }
    try {
        uplift::CsvOptions options;
        options.max_record_bytes = 4096;
        uplift::CsvReader reader(path, options);
        uplift::CsvRecord rec;
        std::int64_t last = 0;
        while (reader.next(rec)) {
            if (rec.line < 1 || rec.line > lines || rec.line <= last) {
                std::abort();
            }
            last = rec.line;
            for (const auto& field : rec.fields) {
                if (!uplift::valid_utf8(field.data(), field.size())) {
                    std::abort();
                }
            }
        }
        if (reader.error() && (reader.error()->line < 0 || reader.error()->line > lines)) {
            std::abort();
        }
    } catch (const uplift::UserError&) {
    }
    return 0;
}
