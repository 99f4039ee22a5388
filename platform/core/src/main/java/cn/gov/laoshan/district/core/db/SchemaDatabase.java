package cn.gov.laoshan.district.core.db;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.api.data.PluginDatabase;

/**
 * One schema of the platform's database as a plugin sees it: its connections and JDBI with that schema current.
 * What {@link PluginDatabases} hands a plugin bundle, and what the test kit's {@code PluginSchema} builds on, so
 * that a plugin's tests use its schema the way the platform gives it.
 */
public class SchemaDatabase implements PluginDatabase {

    private final Database database;
    private final String schemaId;

    public SchemaDatabase(Database database, String schemaId) {
        this.database = database;
        this.schemaId = schemaId;
    }

    /** The platform's database underneath. */
    public Database database() {
        return database;
    }

    @Override
    public String schema() {
        return database.schemaName(schemaId);
    }

    @Override
    public DataSource dataSource() {
        return database.dataSource(schemaId);
    }

    @Override
    public Jdbi jdbi() {
        return database.jdbi(schemaId);
    }

    @Override
    public DatabaseKind kind() {
        return database.kind();
    }
}
