"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 06:09:46.459977
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = '0001_initial'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_blobs_sha256_length')),
    sa.CheckConstraint('size_bytes >= 0', name=op.f('ck_blobs_size_non_negative')),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('age_group', sa.Enum('CHILD', 'TEEN', 'ADULT', 'SENIOR', name='age_group', native_enum=False, length=10),
              nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('has_photo_consent', sa.Boolean(), nullable=False),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('code', name=op.f('uq_customers_code'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)

    op.create_table('designs',
    sa.Column('id', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('tags', db.types.JsonText(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('licence', sa.String(length=60), nullable=False),
    sa.Column('attribution', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('is_parametric', sa.Boolean(), nullable=False),
    sa.Column('trust',
              sa.Enum('BUNDLED', 'LOCAL', 'TRUSTED', 'UNKNOWN_PUBLISHER', 'UNSIGNED', name='design_trust',
                      native_enum=False, length=20), nullable=False),
    sa.Column('publisher_fingerprint', sa.String(length=100), nullable=True),
    sa.Column('is_locally_edited', sa.Boolean(), nullable=False),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_designs'))
    )
    with op.batch_alter_table('designs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_designs_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_designs_licence'), ['licence'], unique=False)

    op.create_table('energy_readings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at_utc', db.types.UtcDateTime(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('pv_w', sa.Float(), nullable=True),
    sa.Column('pv_v', sa.Float(), nullable=True),
    sa.Column('battery_v', sa.Float(), nullable=True),
    sa.Column('battery_a', sa.Float(), nullable=True),
    sa.Column('load_w', sa.Float(), nullable=True),
    sa.Column('soc_pct', sa.Float(), nullable=True),
    sa.Column('charge_state', sa.String(length=20), nullable=False),
    sa.Column('yield_today_wh', sa.Float(), nullable=True),
    sa.CheckConstraint('pv_w IS NULL OR pv_w >= 0', name=op.f('ck_energy_readings_pv_non_negative')),
    sa.CheckConstraint('soc_pct IS NULL OR (soc_pct BETWEEN 0 AND 100)', name=op.f('ck_energy_readings_soc_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_energy_readings'))
    )
    with op.batch_alter_table('energy_readings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_energy_readings_at_utc'), ['at_utc'], unique=False)

    op.create_table('lens_stock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shape', sa.String(length=30), nullable=False),
    sa.Column('diameter_mm', sa.Float(), nullable=False),
    sa.Column('height_mm', sa.Float(), nullable=True),
    sa.Column('power_d', sa.Float(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_lens_stock_count_non_negative')),
    sa.CheckConstraint('diameter_mm > 0', name=op.f('ck_lens_stock_diameter_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lens_stock'))
    )
    op.create_table('printer_profiles',
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('data', db.types.JsonText(), nullable=False),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    sa.Column('updated_at', db.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printer_profiles'))
    )
    op.create_table('site_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', db.types.JsonText(), nullable=False),
    sa.Column('updated_at', db.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_site_settings'))
    )
    op.create_table('sync_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', db.types.UtcDateTime(), nullable=False),
    sa.Column('direction', sa.String(length=20), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('publisher_fingerprint', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('summary', db.types.JsonText(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_history'))
    )
    op.create_table('trusted_publishers',
    sa.Column('fingerprint', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('public_key_b64', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('added_at', db.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('fingerprint', name=op.f('pk_trusted_publishers')),
    sa.UniqueConstraint('public_key_b64', name=op.f('uq_trusted_publishers_public_key_b64'))
    )
    op.create_table('customer_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=False),
    sa.Column('taken_at', db.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_customer_photos_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_photos_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_photos'))
    )
    with op.batch_alter_table('customer_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_photos_customer_id'), ['customer_id'], unique=False)

    op.create_table('design_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('design_id', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('manifest', db.types.JsonText(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('thumbnail_sha256', sa.String(length=64), nullable=True),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.CheckConstraint('version >= 1', name=op.f('ck_design_versions_version_positive')),
    sa.ForeignKeyConstraint(['design_id'], ['designs.id'], name=op.f('fk_design_versions_design_id_designs'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thumbnail_sha256'], ['blobs.sha256'],
                            name=op.f('fk_design_versions_thumbnail_sha256_blobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_design_versions')),
    sa.UniqueConstraint('design_id', 'version', name=op.f('uq_design_versions_design_id_version'))
    )
    with op.batch_alter_table('design_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_design_versions_design_id'), ['design_id'], unique=False)

    op.create_table('measurements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('taken_at', db.types.UtcDateTime(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('far_pd_mm', sa.Float(), nullable=True),
    sa.Column('near_pd_mm', sa.Float(), nullable=True),
    sa.Column('mono_far_right_mm', sa.Float(), nullable=True),
    sa.Column('mono_far_left_mm', sa.Float(), nullable=True),
    sa.Column('mono_near_right_mm', sa.Float(), nullable=True),
    sa.Column('mono_near_left_mm', sa.Float(), nullable=True),
    sa.Column('head_width_mm', sa.Float(), nullable=True),
    sa.Column('front_to_bend_mm', sa.Float(), nullable=True),
    sa.Column('nose_crest_width_mm', sa.Float(), nullable=True),
    sa.Column('nose_bridge_width_mm', sa.Float(), nullable=True),
    sa.Column('lens_power_right_d', sa.Float(), nullable=True),
    sa.Column('lens_power_left_d', sa.Float(), nullable=True),
    sa.Column('photo_sha256', sa.String(length=64), nullable=True),
    sa.Column('details', db.types.JsonText(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('far_pd_mm IS NULL OR (far_pd_mm BETWEEN 30 AND 90)', name=op.f('ck_measurements_far_pd_range')),
    sa.CheckConstraint('near_pd_mm IS NULL OR (near_pd_mm BETWEEN 25 AND 90)',
                       name=op.f('ck_measurements_near_pd_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_measurements_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['photo_sha256'], ['blobs.sha256'], name=op.f('fk_measurements_photo_sha256_blobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurements'))
    )
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurements_customer_id'), ['customer_id'], unique=False)

    op.create_table('printers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('profile_id', sa.String(length=80), nullable=False),
    sa.Column('port', sa.String(length=255), nullable=False),
    sa.Column('baud', sa.Integer(), nullable=False),
    sa.Column('is_enabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['printer_profiles.id'],
                            name=op.f('fk_printers_profile_id_printer_profiles'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printers')),
    sa.UniqueConstraint('name', name=op.f('uq_printers_name'))
    )
    op.create_table('design_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_design_files_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['version_id'], ['design_versions.id'],
                            name=op.f('fk_design_files_version_id_design_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_design_files')),
    sa.UniqueConstraint('version_id', 'filename', name=op.f('uq_design_files_version_id_filename'))
    )
    with op.batch_alter_table('design_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_design_files_version_id'), ['version_id'], unique=False)

    op.create_table('fits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('measurement_id', sa.Integer(), nullable=True),
    sa.Column('design_id', sa.String(length=120), nullable=False),
    sa.Column('design_version', sa.Integer(), nullable=False),
    sa.Column('parameters', db.types.JsonText(), nullable=False),
    sa.Column('derived', db.types.JsonText(), nullable=False),
    sa.Column('lenses', db.types.JsonText(), nullable=False),
    sa.Column('paper_check_changes', db.types.JsonText(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_fits_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['design_id'], ['designs.id'], name=op.f('fk_fits_design_id_designs'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['measurement_id'], ['measurements.id'], name=op.f('fk_fits_measurement_id_measurements'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fits'))
    )
    with op.batch_alter_table('fits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fits_customer_id'), ['customer_id'], unique=False)

    op.create_table('print_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('state',
              sa.Enum('QUEUED', 'PLANNED', 'PRINTING', 'PAUSED', 'INTERRUPTED', 'DONE', 'FAILED', 'CANCELLED',
                      name='job_state', native_enum=False, length=20), nullable=False),
    sa.Column('design_id', sa.String(length=120), nullable=True),
    sa.Column('fit_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('gcode_sha256', sa.String(length=64), nullable=True),
    sa.Column('required_printer_id', sa.Integer(), nullable=True),
    sa.Column('is_for_sale', sa.Boolean(), nullable=False),
    sa.Column('licence', sa.String(length=60), nullable=False),
    sa.Column('attribution', sa.Text(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('deadline_utc', db.types.UtcDateTime(), nullable=True),
    sa.Column('is_pinned', sa.Boolean(), nullable=False),
    sa.Column('duration_s', sa.Float(), nullable=False),
    sa.Column('energy_wh', sa.Float(), nullable=False),
    sa.Column('peak_w', sa.Float(), nullable=False),
    sa.Column('filament_g', sa.Float(), nullable=False),
    sa.Column('material_cost', sa.Float(), nullable=False),
    sa.Column('total_lines', sa.Integer(), nullable=False),
    sa.Column('planned_printer_id', sa.Integer(), nullable=True),
    sa.Column('planned_start_utc', db.types.UtcDateTime(), nullable=True),
    sa.Column('plan_reason', sa.Text(), nullable=False),
    sa.Column('last_acked_line', sa.Integer(), nullable=False),
    sa.Column('machine_state', db.types.JsonText(), nullable=False),
    sa.Column('started_at', db.types.UtcDateTime(), nullable=True),
    sa.Column('finished_at', db.types.UtcDateTime(), nullable=True),
    sa.Column('printed_minutes', sa.Float(), nullable=False),
    sa.Column('used_filament_g', sa.Float(), nullable=False),
    sa.Column('used_energy_wh', sa.Float(), nullable=False),
    sa.Column('energy_from_battery_wh', sa.Float(), nullable=False),
    sa.Column('energy_from_sun_wh', sa.Float(), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('created_at', db.types.UtcDateTime(), nullable=False),
    sa.CheckConstraint('last_acked_line >= 0', name=op.f('ck_print_jobs_last_acked_non_negative')),
    sa.CheckConstraint('priority BETWEEN -100 AND 100', name=op.f('ck_print_jobs_priority_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_print_jobs_customer_id_customers'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['design_id'], ['designs.id'], name=op.f('fk_print_jobs_design_id_designs'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['fit_id'], ['fits.id'], name=op.f('fk_print_jobs_fit_id_fits'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['gcode_sha256'], ['blobs.sha256'], name=op.f('fk_print_jobs_gcode_sha256_blobs')),
    sa.ForeignKeyConstraint(['planned_printer_id'], ['printers.id'],
                            name=op.f('fk_print_jobs_planned_printer_id_printers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['required_printer_id'], ['printers.id'],
                            name=op.f('fk_print_jobs_required_printer_id_printers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_jobs_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_print_jobs_state'), ['state'], unique=False)

    op.create_table('job_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('at', db.types.UtcDateTime(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('data', db.types.JsonText(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['print_jobs.id'], name=op.f('fk_job_events_job_id_print_jobs'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_events'))
    )
    with op.batch_alter_table('job_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_events_job_id'), ['job_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('job_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_events_job_id'))

    op.drop_table('job_events')
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_jobs_state'))
        batch_op.drop_index(batch_op.f('ix_print_jobs_customer_id'))

    op.drop_table('print_jobs')
    with op.batch_alter_table('fits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fits_customer_id'))

    op.drop_table('fits')
    with op.batch_alter_table('design_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_design_files_version_id'))

    op.drop_table('design_files')
    op.drop_table('printers')
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurements_customer_id'))

    op.drop_table('measurements')
    with op.batch_alter_table('design_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_design_versions_design_id'))

    op.drop_table('design_versions')
    with op.batch_alter_table('customer_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_photos_customer_id'))

    op.drop_table('customer_photos')
    op.drop_table('trusted_publishers')
    op.drop_table('sync_history')
    op.drop_table('site_settings')
    op.drop_table('printer_profiles')
    op.drop_table('lens_stock')
    with op.batch_alter_table('energy_readings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_energy_readings_at_utc'))

    op.drop_table('energy_readings')
    with op.batch_alter_table('designs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_designs_licence'))
        batch_op.drop_index(batch_op.f('ix_designs_category'))

    op.drop_table('designs')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_name'))

    op.drop_table('customers')
    op.drop_table('blobs')
