<?php
/**
 * Plugin Name:       Cities Coalition for Digital Rights widgets
 * Plugin URI:        https://www.npmjs.com/package/cc4dr-widgets
 * Description:       Blocks and shortcodes that show the Cities Coalition for Digital Rights on a library's site: whether the city is a member, the five principles, good practice, a finder and a map of the member cities, and next steps. Nothing is stored, and no request leaves your site.
 * Version:           {{version}}
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       cc4dr-widgets
 * Domain Path:       /languages
 *
 * @package cc4dr-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Each element's attributes (names, types, allowed values), from the library's own element list. */
require_once __DIR__ . '/includes/elements.php';

/**
 * The element with its fallback content, for a block or a shortcode. Only the element's documented attributes are
 * written, each escaped; a value outside the allowed ones is passed on as text for the element's own polite message.
 *
 * @param string $name       The element's name, such as 'member-badge'.
 * @param array  $attributes Attribute name => value, as a block or a shortcode gives them.
 * @return string The HTML.
 */
function cc4dr_widgets_render( $name, $attributes ) {
	$elements = cc4dr_widgets_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	wp_enqueue_script_module( 'cc4dr-widgets' );
	$html = '';
	foreach ( $elements[ $name ]['attributes'] as $attribute => $type ) {
		if ( ! array_key_exists( $attribute, $attributes ) ) {
			continue;
		}
		$value = $attributes[ $attribute ];
		if ( 'boolean' === $type ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', $attribute ), true ) ) {
				$html .= ' ' . $attribute;
			}
		} elseif ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$html .= ' ' . $attribute . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	$fallback = cc4dr_widgets_fallback( $name, $attributes );
	return sprintf(
		'<cc4dr-%1$s%2$s><p><a href="%3$s">%4$s</a></p></cc4dr-%1$s>',
		$name,
		$html,
		esc_url( $fallback['href'] ),
		esc_html( $fallback['text'] )
	);
}

/**
 * What readers see if the script never runs: a sentence with a link, in the site's language.
 *
 * @param string $name       The element's name.
 * @param array  $attributes Its attributes.
 * @return array { href, text }
 */
function cc4dr_widgets_fallback( $name, $attributes ) {
	$fallback = cc4dr_widgets_elements()[ $name ]['fallback'];
	$city     = isset( $attributes['city'] ) && is_scalar( $attributes['city'] ) ? trim( (string) $attributes['city'] ) : '';
	if ( 'member-badge' === $name && '' !== $city ) {
		/* translators: %s: the city's name as the editor wrote it. */
		return array( 'href' => $fallback['href'], 'text' => sprintf( __( 'Is %s in the Cities Coalition for Digital Rights?', 'cc4dr-widgets' ), $city ) );
	}
	// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- the texts are the generated list's, translated in languages/.
	return array( 'href' => $fallback['href'], 'text' => __( $fallback['text'], 'cc4dr-widgets' ) );
}

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'cc4dr-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
		wp_register_script_module( 'cc4dr-widgets', plugins_url( 'assets/cc4dr-widgets.js', __FILE__ ), array(), '{{version}}' );
		wp_register_script(
			'cc4dr-widgets-editor',
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element' ),
			'{{version}}',
			true
		);
		wp_add_inline_script( 'cc4dr-widgets-editor', 'window.cc4drWidgets = ' . wp_json_encode( cc4dr_widgets_editor_settings() ) . ';', 'before' );
		foreach ( array_keys( cc4dr_widgets_elements() ) as $name ) {
			register_block_type( __DIR__ . '/blocks/' . $name );
			add_shortcode(
				'cc4dr_' . str_replace( '-', '_', $name ),
				function ( $attributes ) use ( $name ) {
					$given = array();
					foreach ( (array) $attributes as $key => $value ) {
						// A bare word in a shortcode (`[cc4dr_member_badge compact]`) is a boolean attribute.
						if ( is_int( $key ) ) {
							$given[ strtolower( (string) $value ) ] = true;
						} else {
							$given[ $key ] = $value;
						}
					}
					return cc4dr_widgets_render( $name, $given );
				}
			);
		}
	}
);

add_filter(
	'block_categories_all',
	function ( $categories ) {
		return array_merge( $categories, array( array( 'slug' => 'cc4dr', 'title' => __( 'Cities Coalition for Digital Rights', 'cc4dr-widgets' ) ) ) );
	}
);

/**
 * What the block editor needs to draw each block's controls: the library's address (for the live preview inside the
 * editor) and each field's label, hint and choices in the editor's language.
 *
 * @return array
 */
function cc4dr_widgets_editor_settings() {
	$fields = array();
	foreach ( cc4dr_widgets_elements() as $name => $element ) {
		foreach ( $element['fields'] as $field ) {
			$choices = array();
			foreach ( $field['choices'] as $value => $label ) {
				// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- the generated list's texts, translated in languages/.
				$choices[] = array( 'value' => (string) $value, 'label' => __( $label, 'cc4dr-widgets' ) );
			}
			$fields[ $name ][] = array(
				'attribute' => $field['attribute'],
				'kind'      => $field['kind'],
				// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText
				'label'     => __( $field['label'], 'cc4dr-widgets' ),
				// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText
				'hint'      => '' === $field['hint'] ? '' : __( $field['hint'], 'cc4dr-widgets' ),
				'choices'   => $choices,
			);
		}
	}
	return array(
		'script' => plugins_url( 'assets/cc4dr-widgets.js', __FILE__ ),
		'fields' => $fields,
	);
}
