#pragma once
// The index of the innermost model under any chain of proxies (filter, sort): views hand out
// proxy indexes, models answer for their own rows.
#include <QAbstractProxyModel>

namespace uplift::app {

inline QModelIndex sourceIndex(QModelIndex index) {
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model())) {
        index = proxy->mapToSource(index);
    }
    return index;
}

}  // namespace uplift::app
