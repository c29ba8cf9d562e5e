#pragma once
// What an import reports about a bad file: each problem names file, physical line and column.
#include <cstdint>
#include <string>
#include <vector>

#include "errors.h"

namespace uplift {

struct ImportIssue {
    std::string file;    // the name the user gave
    std::int64_t line;   // physical line, header = 1; a record spanning lines: its first line
    std::string column;  // column name from the header; empty when the problem is the whole row
    std::string message;
    // "actuals.csv, line 7, column 'units': 'x' is not a whole number"
    std::string to_string() const;
};

// The file was refused; nothing was imported. Carries the first problems (up to a cap) and
// the total count.
class ImportFailed : public UserError {
  public:
    ImportFailed(std::vector<ImportIssue> issues, std::int64_t total);
    const std::vector<ImportIssue>& issues() const { return issues_; }
    std::int64_t total() const { return total_; }

  private:
    std::vector<ImportIssue> issues_;
    std::int64_t total_;
};

// Collects problems while a file is read; keeps the first `cap` and counts the rest.
class IssueList {
  public:
    explicit IssueList(std::string file, std::size_t cap = 50)
        : file_(std::move(file)), cap_(cap) {}
    void add(std::int64_t line, std::string column, std::string message);
    bool empty() const { return total_ == 0; }
    std::int64_t total() const { return total_; }
    // Throws ImportFailed when there is any problem.
    void throw_if_any() const;
    const std::string& file() const { return file_; }
    // Adds another list's problems (kept ones and the count of the rest).
    void absorb(const IssueList& other);

  private:
    std::string file_;
    std::size_t cap_;
    std::vector<ImportIssue> issues_;
    std::int64_t total_ = 0;
};

}  // namespace uplift
