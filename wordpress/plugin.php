<?php
/**
 * Plugin Name:       Digital Rights Widgets for Libraries
 * Plugin URI:        https://www.npmjs.com/package/cc4dr-widgets
 * Description:       Blocks and shortcodes that show a library's part in the Cities Coalition for Digital Rights: membership, the five principles, good practice, a finder and a map. Not affiliated with or endorsed by the coalition.
 * Version:           {{version}}
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            The cc4dr-widgets authors
 * Author URI:        https://www.npmjs.com/package/cc4dr-widgets
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       digital-rights-widgets-for-libraries
 * Domain Path:       /languages
 *
 * @package digital-rights-widgets-for-libraries
 */

defined( 'ABSPATH' ) || exit;

/** Each element's attributes (names, types, allowed values), fallback and editor fields, from the library's element list. */
require_once __DIR__ . '/includes/elements.php';

/**
 * The element with its fallback content, for a block or a shortcode. Only the element's documented attributes are
 * written, each escaped; a link only if it is one (a fragment, a path, or an http, https or mailto address), and a
 * file of records (`src`) only from this site. A value outside the allowed ones is passed on as text, for the
 * element's own polite message.
 *
 * @param string $name       The element's name, such as 'member-badge'.
 * @param array  $attributes Attribute name => value, as a block or a shortcode gives them.
 * @param string $wrapper    A block's wrapper attributes (get_block_wrapper_attributes(), already escaped), or ''.
 * @param bool   $inline     Whether the element may stand inside a paragraph (a shortcode): its fallback is then a link
 *                           alone, since a paragraph inside a paragraph would end both.
 * @return string The HTML.
 */
function cc4dr_widgets_render( $name, $attributes, $wrapper = '', $inline = false ) {
	$elements = cc4dr_widgets_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	wp_enqueue_script_module( 'cc4dr-widgets' );
	$html = '' === $wrapper ? '' : ' ' . $wrapper;
	foreach ( $elements[ $name ]['attributes'] as $attribute => $type ) {
		if ( ! array_key_exists( $attribute, $attributes ) ) {
			continue;
		}
		$value = $attributes[ $attribute ];
		if ( 'boolean' === $type ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', $attribute ), true ) ) {
				$html .= ' ' . $attribute;
			}
		} elseif ( 'url' === $type ) {
			$url = cc4dr_widgets_url( $value, 'src' === $attribute );
			if ( '' !== $url ) {
				$html .= ' ' . $attribute . '="' . $url . '"';
			}
		} elseif ( ( is_string( $value ) || is_int( $value ) || is_float( $value ) ) && '' !== trim( (string) $value ) ) {
			// A bare word in a shortcode (`[cc4dr_member_badge city]`) is true, not a value: it is left out.
			$html .= ' ' . $attribute . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	$fallback = cc4dr_widgets_fallback( $name, $attributes );
	$link     = sprintf(
		'<a href="%1$s" lang="%2$s">%3$s</a>',
		esc_url( $fallback['href'] ),
		esc_attr( $fallback['lang'] ),
		esc_html( $fallback['text'] )
	);
	return sprintf( '<cc4dr-%1$s%2$s>%3$s</cc4dr-%1$s>', $name, $html, $inline ? $link : '<p>' . $link . '</p>' );
}

/**
 * A link or a file's address, escaped, or '' if it is not one the element may use. Links may be a fragment, a path on
 * this site, or an http, https or mailto address. A file of records must be on this site (or on a host the
 * `cc4dr_widgets_allowed_src_hosts` filter adds), since each reader's browser fetches it.
 *
 * @param mixed $value     The address as the block or shortcode gives it.
 * @param bool  $same_site Whether the address must be on this site.
 * @return string The escaped address, or ''.
 */
function cc4dr_widgets_url( $value, $same_site ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$value = trim( $value );
	// Checked before esc_url, which would make a bare word ("page/") into "http://page/".
	if ( ! preg_match( '#^(\#|/|https?:|mailto:)#i', $value ) ) {
		return '';
	}
	$url = esc_url( $value, array( 'http', 'https', 'mailto' ) );
	if ( $same_site && '' !== $url ) {
		if ( 0 === stripos( $url, 'mailto:' ) ) {
			return '';
		}
		$host = wp_parse_url( $url, PHP_URL_HOST );
		/**
		 * The hosts a widget may fetch a file of the library's own records from (`src`): this site's only, unless an
		 * administrator adds one here. Each reader's browser fetches the file, so that host sees each reader.
		 *
		 * @param string[] $hosts Host names, such as 'library.example.org'.
		 */
		$hosts = (array) apply_filters( 'cc4dr_widgets_allowed_src_hosts', array( wp_parse_url( home_url(), PHP_URL_HOST ) ) );
		if ( is_string( $host ) && ! in_array( strtolower( $host ), array_map( 'strtolower', $hosts ), true ) ) {
			return '';
		}
	}
	return $url;
}

/**
 * What readers see if the script never runs: a sentence with a link, and the language it is written in. A widget set
 * to one of the widgets' languages gets it in that language; any other, in the site's language if the plugin has it
 * (else in English).
 *
 * @param string $name       The element's name.
 * @param array  $attributes Its attributes.
 * @return array { href, text, lang }
 */
function cc4dr_widgets_fallback( $name, $attributes ) {
	$fallback   = cc4dr_widgets_elements()[ $name ]['fallback'];
	$city       = isset( $attributes['city'] ) && is_string( $attributes['city'] ) ? trim( $attributes['city'] ) : '';
	$names_city = isset( $fallback['city'] ) && '' !== $city;
	$sentence   = $names_city ? $fallback['city'] : $fallback;
	$lang       = cc4dr_widgets_language( isset( $attributes['lang'] ) ? $attributes['lang'] : '', $sentence['texts'] );
	if ( '' !== $lang ) {
		$text = $sentence['texts'][ $lang ];
	} else {
		$text = $sentence['text'];
		$lang = $text === $sentence['texts']['en'] ? 'en' : cc4dr_widgets_site_language();
	}
	return array(
		'href' => $fallback['href'],
		'text' => $names_city ? sprintf( $text, $city ) : $text,
		'lang' => $lang,
	);
}

/**
 * Which of the widgets' languages a `lang` value asks for ('de', 'de-AT', 'pt-BR'), or '' for none of them.
 *
 * @param mixed $requested The widget's `lang`.
 * @param array $texts     Language => text, one per widget language.
 * @return string The language, as a key of $texts, or ''.
 */
function cc4dr_widgets_language( $requested, $texts ) {
	if ( ! is_string( $requested ) || '' === trim( $requested ) ) {
		return '';
	}
	$requested = strtolower( str_replace( '_', '-', trim( $requested ) ) );
	foreach ( array_keys( $texts ) as $language ) {
		if ( strtolower( $language ) === $requested ) {
			return $language;
		}
	}
	$primary = explode( '-', $requested )[0];
	return isset( $texts[ $primary ] ) ? $primary : '';
}

/**
 * The language of the site's translations, as a BCP 47 tag: the widgets' own for a locale the plugin has a file for,
 * else the locale's language and country (it_IT is it-IT), for a translation from WordPress.org.
 *
 * @return string
 */
function cc4dr_widgets_site_language() {
	$locale    = determine_locale();
	$languages = cc4dr_widgets_locale_languages();
	if ( isset( $languages[ $locale ] ) ) {
		return $languages[ $locale ];
	}
	$parts = explode( '_', $locale );
	return isset( $parts[1] ) && preg_match( '/^[A-Z]{2}$/', $parts[1] ) ? $parts[0] . '-' . $parts[1] : $parts[0];
}

/**
 * The HTML the plugin prints, for wp_kses at each echo: each element with exactly its attributes (and a block's class
 * and anchor), and the fallback's paragraph and link.
 *
 * @return array
 */
function cc4dr_widgets_allowed_html() {
	$allowed = array(
		'p' => array(),
		'a' => array(
			'href' => true,
			'lang' => true,
		),
	);
	foreach ( cc4dr_widgets_elements() as $name => $element ) {
		$allowed[ 'cc4dr-' . $name ] = array_fill_keys( array_merge( array_keys( $element['attributes'] ), array( 'class', 'id' ) ), true );
	}
	return $allowed;
}

/**
 * A shortcode: `[cc4dr_member_badge city="Vienna" compact]`, with the element's own attribute names.
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @param string       $content    Unused: the shortcodes enclose nothing.
 * @param string       $tag        The shortcode's name, which names the element.
 * @return string The HTML.
 */
function cc4dr_widgets_shortcode( $attributes, $content, $tag ) {
	$given = array();
	foreach ( (array) $attributes as $key => $value ) {
		// A bare word in a shortcode (`[cc4dr_member_badge compact]`) is a boolean attribute.
		if ( is_int( $key ) ) {
			$given[ strtolower( (string) $value ) ] = true;
		} else {
			$given[ $key ] = $value;
		}
	}
	$name = str_replace( '_', '-', substr( $tag, strlen( 'cc4dr_' ) ) );
	return wp_kses( cc4dr_widgets_render( $name, $given, '', true ), cc4dr_widgets_allowed_html() );
}

/** Registers the script module, the editor script, a block and a shortcode per element, and the translations. */
function cc4dr_widgets_init() {
	// phpcs:ignore PluginCheck.CodeAnalysis.DiscouragedFunctions.load_plugin_textdomainFound -- the plugin ships its own translations, for sites that install it from the zip.
	load_plugin_textdomain( 'digital-rights-widgets-for-libraries', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	// The script's shared part, a static dependency, so that WordPress links it as a module preload and a reader's
	// browser fetches it together with the script, not once the script has arrived and named it. Its name changes with
	// its content, so it takes no version: an address with one would be a second module, fetched twice.
	wp_register_script_module( 'cc4dr-widgets-shared', plugins_url( 'assets/{{sharedPart}}', __FILE__ ), array(), null );
	wp_register_script_module( 'cc4dr-widgets', plugins_url( 'assets/cc4dr-widgets.js', __FILE__ ), array( 'cc4dr-widgets-shared' ), '{{version}}' );
	wp_register_script(
		'cc4dr-widgets-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element' ),
		'{{version}}',
		true
	);
	foreach ( cc4dr_widgets_element_names() as $name ) {
		register_block_type( __DIR__ . '/blocks/' . $name );
		add_shortcode( 'cc4dr_' . str_replace( '-', '_', $name ), 'cc4dr_widgets_shortcode' );
	}
}
add_action( 'init', 'cc4dr_widgets_init' );

/**
 * The blocks' category in the inserter.
 *
 * @param array $categories The block categories.
 * @return array
 */
function cc4dr_widgets_block_category( $categories ) {
	return array_merge(
		$categories,
		array(
			array(
				'slug'  => 'cc4dr',
				'title' => __( 'Cities Coalition for Digital Rights', 'digital-rights-widgets-for-libraries' ),
			),
		)
	);
}
add_filter( 'block_categories_all', 'cc4dr_widgets_block_category' );

/** In the block editor only: what its script needs to draw each block's controls. */
function cc4dr_widgets_editor_assets() {
	wp_add_inline_script( 'cc4dr-widgets-editor', 'window.cc4drWidgets = ' . wp_json_encode( cc4dr_widgets_editor_settings() ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'cc4dr_widgets_editor_assets' );

/**
 * What the block editor needs to draw each block's controls: the widgets' script (for the live preview inside the
 * editor), each element's attributes, and each field's label, hint and choices in the editor's language.
 *
 * @return array
 */
function cc4dr_widgets_editor_settings() {
	$fields     = array();
	$attributes = array();
	foreach ( cc4dr_widgets_elements() as $name => $element ) {
		$fields[ $name ]     = $element['fields'];
		$attributes[ $name ] = array_keys( $element['attributes'] );
	}
	return array(
		'script'     => add_query_arg( 'ver', '{{version}}', plugins_url( 'assets/cc4dr-widgets.js', __FILE__ ) ),
		'attributes' => $attributes,
		'fields'     => $fields,
	);
}
