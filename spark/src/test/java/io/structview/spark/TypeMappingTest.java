package io.structview.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format code in every mode: records of random bytes (plus all-zero and all-one records) read through
 * Spark give exactly the values CPython's {@code struct.iter_unpack} gives, with the Spark types the mapping
 * promises (written out here from the mapping table, not taken from the code).
 */
class TypeMappingTest {
    @TempDir
    Path dir;

    static final String RANDOM_RECORDS = Flat.PYTHON + """
            import struct, random, sys
            layout, path = sys.argv[1], sys.argv[2]
            random.seed(11)
            size = struct.calcsize(layout)
            recs = [bytes(size), b'\\xff' * size] + [random.randbytes(size) for _ in range(2000)]
            data = b''.join(recs)
            open(path, 'wb').write(data)
            for t in struct.iter_unpack(layout, data):
                print(line(t))
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "<bBhHiIlLqQ?efd3s5p2c3h;i8,u8,i16,u16,i32,u32,l32,ul32,i64,u64,flag,half,f32,f64,str,pstr,chars,shorts;"
            + "struct<i8:tinyint,u8:smallint,i16:smallint,u16:int,i32:int,u32:bigint,l32:int,ul32:bigint,i64:bigint,"
            + "u64:decimal(20,0),flag:boolean,half:float,f32:float,f64:double,str:binary,pstr:binary,"
            + "chars:array<binary>,shorts:array<smallint>>",
        ">bBhHiIlLqQ?efd3s5p2c3h;i8,u8,i16,u16,i32,u32,l32,ul32,i64,u64,flag,half,f32,f64,str,pstr,chars,shorts;"
            + "struct<i8:tinyint,u8:smallint,i16:smallint,u16:int,i32:int,u32:bigint,l32:int,ul32:bigint,i64:bigint,"
            + "u64:decimal(20,0),flag:boolean,half:float,f32:float,f64:double,str:binary,pstr:binary,"
            + "chars:array<binary>,shorts:array<smallint>>",
        "@bhcilxLnNPQ?e3fd2q;b,h,c,i,l,ul,n,un,p,q,flag,half,fs,d,qs;"
            + "struct<b:tinyint,h:smallint,c:binary,i:int,l:bigint,ul:decimal(20,0),n:bigint,un:decimal(20,0),"
            + "p:decimal(20,0),q:decimal(20,0),flag:boolean,half:float,fs:array<float>,d:double,qs:array<bigint>>",
        "!H2x4s;h,s;struct<h:int,s:binary>",
    })
    void everyCodeReadsAsCPythonUnpacksIt(String format, String names, String sparkType) throws Exception {
        Path file = dir.resolve("records.bin");
        List<String> expected = TestSpark.python(RANDOM_RECORDS, format, file.toString()).lines().toList();
        Dataset<Row> df = TestSpark.session().read().format("structview").option("format", format)
                .option("names", names).option("batchRows", "333").load(file.toString());
        assertThat(df.schema().simpleString()).isEqualTo(sparkType);
        assertThat(df.schema().fields()).allMatch(f -> !f.nullable());
        List<String> got = df.collectAsList().stream().map(Flat::line).toList();
        assertThat(got).hasSize(expected.size());
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i)).as("record %d", i).isEqualTo(expected.get(i)); // the first difference, readable
        }
    }
}
