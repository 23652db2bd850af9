package net.cobaltline.numbers.store;

import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

public class OrderTable {

    private final DynamoDbTable<NumberOrder> table;

    public OrderTable(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = enhanced.table(tableName, TableSchema.fromBean(NumberOrder.class));
    }

    public Optional<NumberOrder> find(String orderId) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(orderId).build()));
    }

    public Optional<NumberOrder> byDashboardOrder(String dashboardOrderId) {
        return table.index(NumberOrder.BY_DASHBOARD_ORDER)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(dashboardOrderId).build()))
                .stream()
                .flatMap(p -> p.items().stream())
                .findFirst();
    }

    public void save(NumberOrder order) {
        table.putItem(order);
    }
}
