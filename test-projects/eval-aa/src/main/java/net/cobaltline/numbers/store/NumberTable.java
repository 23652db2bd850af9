package net.cobaltline.numbers.store;

import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

public class NumberTable {

    private final DynamoDbTable<NumberRecord> table;

    public NumberTable(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = enhanced.table(tableName, TableSchema.fromBean(NumberRecord.class));
    }

    public Optional<NumberRecord> find(String tn) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(tn).build()));
    }

    public void save(NumberRecord record) {
        table.putItem(record);
    }

    public void delete(String tn) {
        table.deleteItem(Key.builder().partitionValue(tn).build());
    }

    public List<NumberRecord> byAreaCode(int areaCode) {
        DynamoDbIndex<NumberRecord> index = table.index(NumberRecord.BY_AREA_CODE);
        return index.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(areaCode).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }

    public List<NumberRecord> byCustomer(String customerId) {
        return table.index(NumberRecord.BY_CUSTOMER)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(customerId).build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }
}
