#pragma once
// Streaming RFC 4180 reader for import files. Parsing is libcsv's; this class adds what
// imports need around it: physical line numbers (a record spanning lines is reported at its
// first line), UTF-8 checks with or without BOM, delimiter detection (',' or ';'), limits on
// hostile input, and progress in bytes. Memory stays flat whatever the file size.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct csv_parser;  // libcsv

namespace uplift {

struct CsvRecord {
    std::int64_t line = 0;  // physical line where the record starts (header = 1)
    std::vector<std::string> fields;
};

struct CsvOptions {
    std::optional<char> delimiter;           // nullopt: detect from the header line
    std::size_t max_record_bytes = 1 << 20;  // a longer record is refused
    std::size_t max_fields = 512;
};

// A problem that stops reading (malformed quoting, bad encoding, oversized record).
struct CsvError {
    std::int64_t line = 0;
    std::size_t field_index = 0;  // 0-based; SIZE_MAX when not about one field
    std::string message;
};

class CsvReader {
  public:
    // Throws UserError when the file cannot be opened or is not UTF-8 text (e.g. UTF-16).
    CsvReader(const std::filesystem::path& path, const CsvOptions& options);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    ~CsvReader();

    // The next record, or false at the end or after an error (see error()).
    bool next(CsvRecord& record);
    const std::optional<CsvError>& error() const { return error_; }

    char delimiter() const { return delimiter_; }
    bool had_bom() const { return bom_; }
    std::uint64_t bytes_read() const { return bytes_read_; }
    std::uint64_t total_bytes() const { return total_bytes_; }

    // libcsv callbacks (public for the C trampolines).
    void on_field(const char* data, std::size_t len);
    void on_record_end();

  private:
    bool read_line(std::string& line);
    void fail(std::int64_t line, std::size_t field, std::string message);

    std::FILE* file_ = nullptr;
    ::csv_parser* parser_ = nullptr;
    CsvOptions options_;
    char delimiter_ = ',';
    bool bom_ = false;
    std::uint64_t bytes_read_ = 0;
    std::uint64_t total_bytes_ = 0;
    std::vector<char> buffer_;
    std::size_t buf_pos_ = 0;
    std::size_t buf_len_ = 0;
    bool eof_ = false;
    bool finished_ = false;
    std::int64_t physical_line_ = 0;
    std::int64_t record_start_line_ = 0;
    std::size_t record_bytes_ = 0;
    std::vector<std::string> fields_;
    std::string line_;
    std::size_t field_count_ = 0;
    bool record_ready_ = false;
    std::string pending_first_line_;
    bool has_pending_first_line_ = false;
    std::optional<CsvError> error_;
};

// True when `s` is valid UTF-8 (no overlongs, no surrogates). On failure `bad_at` is the byte.
bool valid_utf8(const char* s, std::size_t n, std::size_t* bad_at = nullptr);

}  // namespace uplift
