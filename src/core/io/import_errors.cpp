#include "io/import_errors.h"

#include <algorithm>

#include <fmt/format.h>

namespace uplift {

std::string ImportIssue::to_string() const {
    if (column.empty()) {
        return fmt::format("{}, line {}: {}", file, line, message);
    }
    return fmt::format("{}, line {}, column '{}': {}", file, line, column, message);
}

static std::string summary(const std::vector<ImportIssue>& issues, std::int64_t total) {
    if (issues.empty()) {
        return "import failed";
    }
    if (total == 1) {
        return issues.front().to_string();
    }
    return fmt::format("{} (and {} more problem{}; nothing was imported)",
                       issues.front().to_string(), total - 1, total == 2 ? "" : "s");
}

ImportFailed::ImportFailed(std::vector<ImportIssue> issues, std::int64_t total)
    : UserError(summary(issues, total)), issues_(std::move(issues)), total_(total) {}

void IssueList::add(std::int64_t line, std::string column, std::string message) {
    ++total_;
    if (issues_.size() < cap_) {
        issues_.push_back({file_, line, std::move(column), std::move(message)});
    }
}

void IssueList::absorb(const IssueList& other) {
    for (const auto& i : other.issues_) {
        add(i.line, i.column, i.message);
    }
    total_ += other.total_ - static_cast<std::int64_t>(other.issues_.size());
}

void IssueList::throw_if_any() const {
    if (total_ > 0) {
        // By line, whichever thread of the import found them.
        std::vector<ImportIssue> sorted = issues_;
        std::stable_sort(
            sorted.begin(), sorted.end(),
            [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
        throw ImportFailed(std::move(sorted), total_);
    }
}

}  // namespace uplift
