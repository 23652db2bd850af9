package net.harborlight.numops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.item.file.transform.DefaultFieldSet;

class DisconnectRecordFieldSetMapperTest {

    @Test
    void mapsAReportLine() throws Exception {
        DefaultFieldSet fieldSet = new DefaultFieldSet(
                new String[]{"9195550142", "919", "2024-05-01T04:12:09Z", "dc-5531"},
                DisconnectRecordFieldSetMapper.COLUMNS);

        DisconnectRecord record = new DisconnectRecordFieldSetMapper().mapFieldSet(fieldSet);

        assertThat(record.telephoneNumber()).isEqualTo(9195550142L);
        assertThat(record.areaCode()).isEqualTo(919);
        assertThat(record.disconnectDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    }
}
