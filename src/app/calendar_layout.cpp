#include "calendar_layout.h"

#include <algorithm>
#include <limits>
#include <map>

#include "promotion_catalog.h"
#include "promotion_filter.h"

namespace uplift::app {

QDate quarterStart(const QDate& d) {
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

QDate mondayOf(const QDate& d) {
    return d.addDays(1 - d.dayOfWeek());
}

void CalendarLayout::build(const PromotionCatalog& catalog, const PromotionFilter& filter,
                           CalendarRows mode, const QSet<QString>& collapsedGroups,
                           const QDate& today, const CalendarMetrics& metrics) {
    mode_ = mode;
    rows_.clear();
    bars_.clear();

    // Promotions per row key, and the span they need.
    std::map<QString, std::vector<int>> byKey;
    QDate first = today;
    QDate last = today;
    for (int i = 0; i < catalog.size(); ++i) {
        const CatalogEntry& e = catalog.at(i);
        if (!filter.accepts(e)) {
            continue;
        }
        first = std::min({first, e.start, e.shipStart});
        last = std::max(last, e.end);
        if (mode == CalendarRows::Accounts) {
            byKey[e.account].push_back(i);
        } else if (!filter.brand.isEmpty()) {
            byKey[filter.brand].push_back(i);
        } else {
            for (const QString& b : e.brands) {
                byKey[b].push_back(i);
            }
        }
    }
    firstMonday_ = mondayOf(quarterStart(first));
    const QDate lastQuarterStart = quarterStart(last);
    const QDate lastDay = lastQuarterStart.addMonths(3).addDays(-1);
    weekCount_ = static_cast<int>((firstMonday_.daysTo(lastDay) + 7) / 7);

    // Row keys in display order, with their group: accounts by channel and code (the catalog's
    // order), brands by category and name.
    struct Key {
        QString group, key, label;
    };
    std::vector<Key> keys;
    if (mode == CalendarRows::Accounts) {
        for (const AccountInfo& a : catalog.accounts()) {
            if (byKey.contains(a.code)) {
                keys.push_back(
                    {a.channel, a.code,
                     a.name.isEmpty() ? a.code : a.code + QStringLiteral("  ") + a.name});
            }
        }
    } else {
        for (const auto& [brand, entries] : byKey) {
            keys.push_back({catalog.categoryOfBrand(brand), brand, brand});
        }
        std::stable_sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
            return a.group.localeAwareCompare(b.group) < 0 ||
                   (a.group == b.group && a.key.localeAwareCompare(b.key) < 0);
        });
    }

    int top = 0;
    for (std::size_t k = 0; k < keys.size();) {
        const QString group = keys[k].group;
        std::size_t end = k;
        int promotions = 0;
        while (end < keys.size() && keys[end].group == group) {
            promotions += static_cast<int>(byKey[keys[end].key].size());
            ++end;
        }
        CalendarRow header;
        header.group = true;
        header.key = group;
        header.label = group.isEmpty() ? tr("(no group)") : group;
        header.items = static_cast<int>(end - k);
        header.promotions = promotions;
        header.collapsed = collapsedGroups.contains(group);
        header.top = top;
        header.height = metrics.groupHeight;
        top += header.height;
        rows_.push_back(header);
        for (; k < end; ++k) {
            if (header.collapsed) {
                continue;
            }
            CalendarRow row;
            row.key = keys[k].key;
            row.label = keys[k].label;
            row.group_name = group;
            const int rowIndex = static_cast<int>(rows_.size());
            for (const int entry : byKey[keys[k].key]) {
                const CatalogEntry& e = catalog.at(entry);
                CalendarBar bar;
                bar.entry = entry;
                bar.row = rowIndex;
                bar.startDay = e.start.toJulianDay();
                bar.endDay = e.end.toJulianDay();
                bar.shipStartDay = e.shipStart.toJulianDay();
                bar.shipEndDay = e.shipEnd.toJulianDay();
                row.bars.push_back(static_cast<int>(bars_.size()));
                bars_.push_back(bar);
            }
            placeRow(row, metrics);
            row.top = top;
            top += row.height;
            rows_.push_back(std::move(row));
        }
    }
    totalHeight_ = top;
}

void CalendarLayout::placeRow(CalendarRow& row, const CalendarMetrics& metrics) {
    std::sort(row.bars.begin(), row.bars.end(), [this](int a, int b) {
        return bars_[a].startDay != bars_[b].startDay ? bars_[a].startDay < bars_[b].startDay
                                                      : bars_[a].endDay < bars_[b].endDay;
    });
    // Greedy interval packing: each bar (with its ship line) goes on the first lane free by
    // then, so neither bars nor ship lines cover each other.
    std::vector<qint64> laneEnd;
    std::vector<int> byShipStart = row.bars;
    std::sort(byShipStart.begin(), byShipStart.end(), [this](int a, int b) {
        const qint64 sa = std::min(bars_[a].shipStartDay, bars_[a].startDay);
        const qint64 sb = std::min(bars_[b].shipStartDay, bars_[b].startDay);
        return sa != sb ? sa < sb : a < b;
    });
    for (const int b : byShipStart) {
        CalendarBar& bar = bars_[b];
        const qint64 from = std::min(bar.shipStartDay, bar.startDay);
        const qint64 to = std::max(bar.shipEndDay, bar.endDay);
        std::size_t lane = 0;
        while (lane < laneEnd.size() && laneEnd[lane] >= from) {
            ++lane;
        }
        if (lane == laneEnd.size()) {
            laneEnd.push_back(to);
        } else {
            laneEnd[lane] = to;
        }
        bar.lane = static_cast<int>(lane);
    }
    row.lanes = std::max<int>(1, static_cast<int>(laneEnd.size()));
    // How far each bar's label may run on: to the next bar of its lane (row.bars is by start).
    std::vector<qint64> nextStart(laneEnd.size(), std::numeric_limits<qint64>::max());
    for (auto it = row.bars.rbegin(); it != row.bars.rend(); ++it) {
        CalendarBar& bar = bars_[static_cast<std::size_t>(*it)];
        const auto lane = static_cast<std::size_t>(bar.lane);
        bar.nextInLaneDay = std::min(nextStart[lane], bar.endDay + 60);
        nextStart[lane] = bar.startDay;
    }
    row.height = row.lanes * metrics.laneHeight + metrics.rowPadding;
}

int CalendarLayout::rowAt(int y) const {
    if (y < 0 || y >= totalHeight_ || rows_.empty()) {
        return -1;
    }
    const auto it = std::upper_bound(rows_.begin(), rows_.end(), y,
                                     [](int value, const CalendarRow& r) { return value < r.top; });
    return static_cast<int>(it - rows_.begin()) - 1;
}

std::vector<int> CalendarLayout::barsOf(int entry) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < bars_.size(); ++i) {
        if (bars_[i].entry == entry) {
            out.push_back(static_cast<int>(i));
        }
    }
    return out;
}

}  // namespace uplift::app
