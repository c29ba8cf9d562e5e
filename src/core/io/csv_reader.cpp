#include "io/csv_reader.h"

#include <csv.h>
#include <fmt/format.h>

#include <cstring>
#include <limits>

#include "errors.h"

namespace uplift {

namespace {

constexpr std::size_t kChunk = 1 << 20;
constexpr std::size_t kNoField = std::numeric_limits<std::size_t>::max();

void field_cb(void* data, std::size_t len, void* self) {
    static_cast<CsvReader*>(self)->on_field(static_cast<const char*>(data), len);
}

void record_cb(int /*terminator*/, void* self) {
    static_cast<CsvReader*>(self)->on_record_end();
}

// Counts delimiters outside quotes to choose between ',' and ';'.
char detect_delimiter(const std::string& header) {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char ch : header) {
        if (ch == '"') {
            quoted = !quoted;
        } else if (!quoted && ch == ',') {
            ++commas;
        } else if (!quoted && ch == ';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

}  // namespace

bool valid_utf8(const char* s, std::size_t n, std::size_t* bad_at) {
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t need = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07u;
        } else {
            if (bad_at != nullptr) {
                *bad_at = i;
            }
            return false;
        }
        for (std::size_t k = 1; k <= need; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0u) != 0x80u) {
                if (bad_at != nullptr) {
                    *bad_at = i;
                }
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        const bool overlong = (need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            if (bad_at != nullptr) {
                *bad_at = i;
            }
            return false;
        }
        i += need + 1;
    }
    return true;
}

CsvReader::CsvReader(const std::filesystem::path& path, const CsvOptions& options)
    : options_(options), buffer_(kChunk) {
    file_ = std::fopen(path.string().c_str(), "rb");
    if (file_ == nullptr) {
        throw UserError(
            fmt::format("{}: cannot open: {}", path.filename().string(), std::strerror(errno)));
    }
    std::error_code ec;
    total_bytes_ = std::filesystem::file_size(path, ec);
    if (ec) {
        total_bytes_ = 0;
    }
    parser_ = new csv_parser;  // NOLINT(cppcoreguidelines-owning-memory): freed by csv_free
    if (csv_init(parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        delete parser_;
        parser_ = nullptr;
        std::fclose(file_);
        throw DatabaseError("cannot initialise the CSV parser");
    }
    // Read the first line to see the BOM, the encoding and the delimiter.
    std::string first;
    if (read_line(first)) {
        if (first.size() >= 2 && ((static_cast<unsigned char>(first[0]) == 0xFF &&
                                   static_cast<unsigned char>(first[1]) == 0xFE) ||
                                  (static_cast<unsigned char>(first[0]) == 0xFE &&
                                   static_cast<unsigned char>(first[1]) == 0xFF))) {
            csv_free(parser_);
            delete parser_;
            parser_ = nullptr;
            std::fclose(file_);
            file_ = nullptr;
            throw UserError(
                fmt::format("{}, line 1: the file is UTF-16; save it as UTF-8 (CSV UTF-8)",
                            path.filename().string()));
        }
        if (first.size() >= 3 && first.compare(0, 3, "\xEF\xBB\xBF") == 0) {
            bom_ = true;
            first.erase(0, 3);
        }
        pending_first_line_ = std::move(first);
        has_pending_first_line_ = true;
    }
    delimiter_ = options_.delimiter ? *options_.delimiter : detect_delimiter(pending_first_line_);
    csv_set_delim(parser_, static_cast<unsigned char>(delimiter_));
}

CsvReader::~CsvReader() {
    if (parser_ != nullptr) {
        csv_free(parser_);
        delete parser_;
    }
    if (file_ != nullptr) {
        std::fclose(file_);
    }
}

// One physical line including its '\n' (when present). False at end of file.
bool CsvReader::read_line(std::string& line) {
    line.clear();
    while (true) {
        if (buf_pos_ == buf_len_) {
            if (eof_) {
                return !line.empty();
            }
            buf_len_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
            buf_pos_ = 0;
            if (buf_len_ == 0) {
                eof_ = true;
                return !line.empty();
            }
        }
        const char* start = buffer_.data() + buf_pos_;
        const std::size_t avail = buf_len_ - buf_pos_;
        const void* nl = std::memchr(start, '\n', avail);
        const std::size_t take =
            nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) + 1
                          : avail;
        if (line.size() + take > options_.max_record_bytes + 2) {
            // Keep memory flat on a file with no line breaks: stop here, with just enough of
            // the line for the caller to see that it is over the limit.
            line.append(start, std::min(take, options_.max_record_bytes + 2 - line.size()));
            buf_pos_ += take;
            bytes_read_ += take;
            return true;
        }
        line.append(start, take);
        buf_pos_ += take;
        bytes_read_ += take;
        if (nl != nullptr) {
            return true;
        }
    }
}

void CsvReader::fail(std::int64_t line, std::size_t field, std::string message) {
    if (!error_) {
        error_ = CsvError{line, field, std::move(message)};
    }
}

void CsvReader::on_field(const char* data, std::size_t len) {
    if (error_) {
        return;
    }
    if (record_ready_) {
        // A value after a record ended inside the same physical line: a bare CR ended it.
        fail(record_start_line_, kNoField,
             "a line ends with a bare carriage return (CR); save the file with LF or CRLF line "
             "ends");
        return;
    }
    if (field_count_ >= options_.max_fields) {
        fail(record_start_line_, kNoField,
             fmt::format("more than {} columns in one row", options_.max_fields));
        return;
    }
    if (data == nullptr) {
        data = "";
        len = 0;
    }
    std::size_t bad = 0;
    if (!valid_utf8(data, len, &bad)) {
        fail(record_start_line_, field_count_,
             fmt::format("not valid UTF-8 text (byte {} of the value); save the file as UTF-8",
                         bad + 1));
        return;
    }
    if (std::memchr(data, '\0', len) != nullptr) {
        fail(record_start_line_, field_count_, "contains a NUL character");
        return;
    }
    if (fields_.size() <= field_count_) {
        fields_.emplace_back();
    }
    fields_[field_count_].assign(data, len);
    ++field_count_;
}

void CsvReader::on_record_end() {
    if (error_) {
        return;
    }
    if (record_ready_) {
        // A second record inside one physical line: libcsv ended a record at a bare CR. Such
        // a file would otherwise run every row into one and name the wrong line.
        fail(record_start_line_, kNoField,
             "a line ends with a bare carriage return (CR); save the file with LF or CRLF line "
             "ends");
        return;
    }
    record_ready_ = true;
}

bool CsvReader::next(CsvRecord& record) {
    if (error_ || finished_) {
        return false;
    }
    std::string& line = line_;  // kept between calls: no allocation per row
    field_count_ = 0;
    record_ready_ = false;
    bool in_record = false;
    while (!record_ready_) {
        bool got = false;
        if (has_pending_first_line_) {
            line = std::move(pending_first_line_);
            has_pending_first_line_ = false;
            got = true;
        } else {
            got = read_line(line);
        }
        if (!got) {
            // End of file: flush a last record without a trailing newline, or an open quote.
            finished_ = true;
            if (csv_fini(parser_, field_cb, record_cb, this) != 0) {
                fail(record_start_line_, kNoField,
                     "a quoted value is not closed (missing '\"') before the end of the file");
                return false;
            }
            if (error_) {
                return false;
            }
            break;
        }
        ++physical_line_;
        if (!in_record) {
            record_start_line_ = physical_line_;
            in_record = true;
        }
        if (line.size() > options_.max_record_bytes + 1 ||
            (record_bytes_ += line.size()) > options_.max_record_bytes) {
            fail(record_start_line_, kNoField,
                 fmt::format("row longer than {} bytes", options_.max_record_bytes));
            return false;
        }
        const std::size_t done =
            csv_parse(parser_, line.data(), line.size(), field_cb, record_cb, this);
        if (error_) {
            return false;
        }
        if (record_ready_ && parser_->pstate != 0) {
            // Text after a record ended inside this physical line: a bare CR ended it.
            fail(record_start_line_, kNoField,
                 "a line ends with a bare carriage return (CR); save the file with LF or CRLF "
                 "line ends");
            return false;
        }
        if (done != line.size()) {
            // A record spanning lines is reported at its first line, like every other problem.
            fail(record_start_line_, field_count_,
                 "malformed quoting (a '\"' inside an unquoted value, or text after a closing "
                 "quote)");
            return false;
        }
        // A blank line (or one of spaces) yields no record in libcsv: start afresh. A line
        // break inside a quoted value leaves the parser in the value, so that is not one.
        if (!record_ready_ && field_count_ == 0 && csv_error(parser_) == CSV_SUCCESS &&
            parser_->quoted == 0 && parser_->entry_pos == 0) {
            in_record = false;
            record_bytes_ = 0;
        }
    }
    if (!record_ready_) {
        return false;
    }
    record.line = record_start_line_;
    record.fields.resize(field_count_);
    for (std::size_t i = 0; i < field_count_; ++i) {
        record.fields[i].swap(fields_[i]);
    }
    record_bytes_ = 0;
    return true;
}

}  // namespace uplift
