"""The kiosk store's migrations, one module per table group; ``offline_db.schema`` orders and applies them."""
