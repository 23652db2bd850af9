package net.harborlight.numops.reports;

import java.time.LocalDate;

import org.springframework.batch.item.file.mapping.FieldSetMapper;
import org.springframework.batch.item.file.transform.FieldSet;
import org.springframework.validation.BindException;

/**
 * Maps the columns of the disconnect report: TelephoneNumber, AreaCode, DisconnectDate, OrderId.
 */
public class DisconnectRecordFieldSetMapper implements FieldSetMapper<DisconnectRecord> {

    public static final String[] COLUMNS = {"TelephoneNumber", "AreaCode", "DisconnectDate", "OrderId"};

    @Override
    public DisconnectRecord mapFieldSet(FieldSet fieldSet) throws BindException {
        String date = fieldSet.readString("DisconnectDate");
        return new DisconnectRecord(
                fieldSet.readLong("TelephoneNumber"),
                fieldSet.readInt("AreaCode"),
                LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date),
                fieldSet.readString("OrderId"));
    }
}
